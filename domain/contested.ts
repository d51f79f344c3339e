/**
 * Contested claims: two sources, or a source and a historian's decision, that say opposite things
 * about the same pair (source → target) at overlapping times. Two kinds:
 * - opposite types: SUPPORTED, JOINED or MEMBER_OF against OPPOSED, neither rejected;
 * - opposite decisions: the same claim type accepted in one place and rejected in another.
 * An undated claim overlaps every time (nothing says when it held). Pure and browser-safe: the
 * server answers GET /api/entities/:id/contested with it and the page shows its sides side by side.
 */
import type { ClaimStatus } from './curation';
import { claimInterval, type DatedClaim } from './dates/claim-days';
import type { RelationType } from './types';

/** The pairs of claim types that cannot both hold for one pair at one time. */
export const OPPOSITE_TYPES: readonly (readonly [RelationType, RelationType])[] = [
  ['SUPPORTED', 'OPPOSED'],
  ['JOINED', 'OPPOSED'],
  ['MEMBER_OF', 'OPPOSED'],
];

/** One claim as a contest shows it: what, when, where it comes from and who decided on it. */
export interface ContestedClaim extends DatedClaim {
  id: string;
  type: RelationType;
  source: string;
  target: string;
  status: ClaimStatus;
  reviewedBy: string | null;
  evidence: string;
  documentId: string;
  documentTitle: string;
  line: number;
}

export interface ContestSide {
  /** The claim type (opposite types) or the decision (opposite decisions) this side stands for. */
  label: string;
  claims: ContestedClaim[];
}

export interface Contest {
  kind: 'opposite-types' | 'opposite-decisions';
  source: { id: string; name: string };
  target: { id: string; name: string };
  sides: [ContestSide, ContestSide];
}

/** The answer of GET /api/entities/:id/contested. */
export interface ContestedResponse {
  entityId: string;
  contests: Contest[];
}

function overlaps(a: DatedClaim, b: DatedClaim): boolean {
  const first = claimInterval(a);
  const second = claimInterval(b);
  if (first === null || second === null) return true;
  return first.start <= second.end && second.start <= first.end;
}

/** The claims of `left` and of `right` that overlap at least one claim of the other side. */
function overlappingSides(left: ContestedClaim[], right: ContestedClaim[]): [ContestedClaim[], ContestedClaim[]] {
  return [left.filter((a) => right.some((b) => overlaps(a, b))), right.filter((b) => left.some((a) => overlaps(a, b)))];
}

function contestsOfPair(claims: ContestedClaim[], names: (id: string) => string): Contest[] {
  const { source, target } = claims[0];
  const ends = { source: { id: source, name: names(source) }, target: { id: target, name: names(target) } };
  const contests: Contest[] = [];
  const standing = claims.filter((claim) => claim.status !== 'rejected');
  for (const [one, other] of OPPOSITE_TYPES) {
    const [left, right] = overlappingSides(standing.filter((claim) => claim.type === one), standing.filter((claim) => claim.type === other));
    if (left.length > 0 && right.length > 0) contests.push({ kind: 'opposite-types', ...ends, sides: [{ label: one, claims: left }, { label: other, claims: right }] });
  }
  for (const type of new Set(claims.map((claim) => claim.type))) {
    const ofType = claims.filter((claim) => claim.type === type);
    const [left, right] = overlappingSides(ofType.filter((claim) => claim.status === 'accepted'), ofType.filter((claim) => claim.status === 'rejected'));
    if (left.length > 0 && right.length > 0) {
      contests.push({ kind: 'opposite-decisions', ...ends, sides: [{ label: `${type} accepted`, claims: left }, { label: `${type} rejected`, claims: right }] });
    }
  }
  return contests;
}

/**
 * Every contest among `claims`, pair by pair (source → target, in order of first appearance).
 * @example
 * findContests([supportedInA, opposedInB], (id) => names[id])
 * // [{ kind: 'opposite-types', source: {...}, target: {...}, sides: [{ label: 'SUPPORTED', claims: [supportedInA] }, { label: 'OPPOSED', claims: [opposedInB] }] }]
 */
export function findContests(claims: readonly ContestedClaim[], names: (id: string) => string): Contest[] {
  const byPair = new Map<string, ContestedClaim[]>();
  for (const claim of claims) {
    const key = `${claim.source}\u0000${claim.target}`;
    byPair.set(key, [...(byPair.get(key) ?? []), claim]);
  }
  return [...byPair.values()].flatMap((pair) => contestsOfPair(pair, names));
}

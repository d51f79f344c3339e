/**
 * Claims aggregated into the page's edges: one PairEdge per source, relation type and target, with
 * the count, date span, documents, best confidence and review state of its claims. The aggregate
 * runs in Cypher, so a pair of entities with 400 claims sends one small map, not 400 evidence sentences.
 */
import type { PairEdge } from '../../domain/api';
import { claimInterval, type DatedClaim } from '../../domain/dates/claim-days';
import type { ClaimStatus } from '../../domain/curation';
import { pairEdgeId } from '../../domain/pair-edge';
import type { RelationType } from '../../domain/types';
import { PERIOD_END } from './date-window';

/**
 * The aggregating projection over rows of claim `r` from `a` to `b` (for a WITH or RETURN): the grouping
 * keys are source, target and type. A date's sort key is its Gregorian date when it has one; the last
 * claim's key ends its period (`PERIOD_END`), so a month outranks the days inside it.
 */
export const PAIR_AGGREGATE = `a.id AS source, b.id AS target, type(r) AS type, count(r) AS claims,
  count(CASE WHEN r.date IS NULL THEN 1 END) AS undated,
  min(CASE WHEN r.date IS NOT NULL THEN [coalesce(r.dateGregorian, r.date), r.date, r.dateGregorian, r.calendar] END) AS first,
  max(CASE WHEN r.date IS NOT NULL THEN [coalesce(r.dateGregorian, r.date) + '${PERIOD_END}', r.date, r.dateGregorian, r.calendar] END) AS last,
  collect(DISTINCT r.documentId) AS documentIds, max(r.confidence) AS confidence,
  count(CASE WHEN r.status = 'rejected' THEN 1 END) AS rejected, count(CASE WHEN r.status = 'accepted' THEN 1 END) AS accepted`;

/** The aggregated columns as one map, e.g. for collect(). */
export const PAIR_MAP = `{source: source, target: target, type: type, claims: claims, undated: undated, first: first, last: last,
  documentIds: documentIds, confidence: confidence, rejected: rejected, accepted: accepted}`;

interface PairRow {
  source: string;
  target: string;
  type: RelationType;
  claims: number;
  undated: number;
  first: unknown[] | null;
  last: unknown[] | null;
  documentIds: string[];
  confidence: number | null;
  rejected: number;
  accepted: number;
}

/** The days covered by the claim whose date fields follow the sort key in `key`. */
function keyInterval(key: unknown[] | null): { start: number; end: number } | null {
  if (key === null) return null;
  const [, date, dateGregorian, calendar] = key as [string, string | null, string | null, DatedClaim['calendar']];
  return claimInterval({ date, dateGregorian, calendar: calendar ?? null });
}

function pairStatus(row: PairRow): ClaimStatus {
  if (row.rejected === row.claims) return 'rejected';
  return row.accepted === row.claims ? 'accepted' : 'machine';
}

/** A map produced by `PAIR_MAP`, as the API's PairEdge. */
export function asPairEdge(value: unknown): PairEdge {
  const row = value as PairRow;
  return {
    id: pairEdgeId(row),
    source: row.source,
    target: row.target,
    type: row.type,
    claims: row.claims,
    undated: row.undated,
    firstDay: keyInterval(row.first)?.start ?? null,
    lastDay: keyInterval(row.last)?.end ?? null,
    documentIds: [...row.documentIds].sort(),
    confidence: row.confidence ?? 0,
    status: pairStatus(row),
  };
}

/** Most claims first, then by key, so a capped view keeps the heaviest edges and the order is total. */
export function comparePairEdges(a: PairEdge, b: PairEdge): number {
  return b.claims - a.claims || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

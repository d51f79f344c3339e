/**
 * Blocs: the sides in a time window, found from the signed claims in it. Joining, supporting, membership
 * and leading bind two entities (+1); opposing and arresting separate them (−1); negotiating says neither.
 * The partition is the one structural balance asks for: as few binding claims across blocs and as few
 * separating claims inside a bloc as a deterministic greedy search finds (correlation clustering:
 * agglomeration of the most strongly bound blocs, then single moves that lower the count). Pure: no
 * Cytoscape, no DOM.
 */
import type { RelationType } from '../../domain/types';

/** The sign of each relation type; 0 takes no part. */
export const CLAIM_SIGN: Record<RelationType, 1 | -1 | 0> = {
  JOINED: 1,
  SUPPORTED: 1,
  MEMBER_OF: 1,
  LED: 1,
  OPPOSED: -1,
  ARRESTED: -1,
  NEGOTIATED_WITH: 0,
};

export interface SignedClaim {
  id: string;
  source: string;
  target: string;
  type: RelationType;
}

export interface Bloc {
  /** The most central member: most binding claims inside the bloc, then most claims, then id. */
  anchor: string;
  members: string[];
}

export interface BlocPartition {
  blocs: Bloc[];
  /** Entity id → index in `blocs`. */
  blocOf: Map<string, number>;
  /** Entity id → the claims that placed it: binding claims to its own bloc, separating claims to others. */
  placedBy: Map<string, SignedClaim[]>;
  /** Binding claims across blocs plus separating claims inside blocs: 0 when the window is balanced. */
  frustration: number;
}

/** Passes of the local search; each pass moves every entity at most once, and few are needed in practice. */
const MAX_PASSES = 20;

function signedWeights(claims: readonly SignedClaim[]): Map<string, Map<string, number>> {
  const weights = new Map<string, Map<string, number>>();
  const add = (a: string, b: string, sign: number): void => {
    const row = weights.get(a) ?? new Map<string, number>();
    row.set(b, (row.get(b) ?? 0) + sign);
    weights.set(a, row);
  };
  for (const claim of claims) {
    const sign = CLAIM_SIGN[claim.type];
    if (sign === 0 || claim.source === claim.target) continue;
    add(claim.source, claim.target, sign);
    add(claim.target, claim.source, sign);
  }
  return weights;
}

/**
 * The starting partition, agglomerated: every entity alone, then the two blocs with the strongest net
 * binding between them merge, again and again, while some pair binds more than it separates. Merging
 * whole components of binding claims instead chained rivals together through the bodies they both led
 * or joined at different times; here a bloc never absorbs one it is, on balance, against.
 */
function agglomerate(entities: readonly string[], weights: Map<string, Map<string, number>>): Map<string, number> {
  const index = new Map(entities.map((id, i) => [id, i]));
  const members = new Map(entities.map((id, i) => [i, [id]]));
  const between = new Map<number, Map<number, number>>(entities.map((_, i) => [i, new Map<number, number>()]));
  for (const [a, row] of weights) {
    for (const [b, weight] of row) between.get(index.get(a) as number)!.set(index.get(b) as number, weight);
  }
  for (;;) {
    let best: [number, number, number] | null = null;
    for (const [a, row] of between) {
      for (const [b, weight] of row) {
        if (a < b && weight > 0 && (!best || weight > best[2] || (weight === best[2] && (a < best[0] || (a === best[0] && b < best[1]))))) best = [a, b, weight];
      }
    }
    if (!best) break;
    const [keep, gone] = best;
    members.get(keep)!.push(...(members.get(gone) as string[]));
    members.delete(gone);
    const goneRow = between.get(gone) as Map<number, number>;
    between.delete(gone);
    const keepRow = between.get(keep) as Map<number, number>;
    keepRow.delete(gone);
    for (const [other, weight] of goneRow) {
      if (other === keep) continue;
      const sum = (keepRow.get(other) ?? 0) + weight;
      keepRow.set(other, sum);
      const otherRow = between.get(other) as Map<number, number>;
      otherRow.delete(gone);
      otherRow.set(keep, sum);
    }
  }
  const blocOf = new Map<string, number>();
  for (const [bloc, ids] of members) for (const id of ids) blocOf.set(id, bloc);
  return blocOf;
}

/** Moves each entity to the bloc (or a new one of its own) where its claims agree best, until nothing improves. */
function improve(entities: readonly string[], weights: Map<string, Map<string, number>>, blocOf: Map<string, number>): void {
  let fresh = Math.max(-1, ...blocOf.values()) + 1;
  const size = new Map<number, number>();
  for (const bloc of blocOf.values()) size.set(bloc, (size.get(bloc) ?? 0) + 1);
  for (let pass = 0; pass < MAX_PASSES; pass += 1) {
    let moved = false;
    for (const id of entities) {
      // Agreement with a bloc = sum of signs of the entity's claims into it; staying alone scores 0.
      const agreement = new Map<number, number>();
      for (const [other, weight] of weights.get(id) ?? []) {
        const bloc = blocOf.get(other) as number;
        agreement.set(bloc, (agreement.get(bloc) ?? 0) + weight);
      }
      const current = blocOf.get(id) as number;
      const alone = size.get(current) === 1;
      const stay = agreement.get(current) ?? 0;
      let best = current;
      let bestScore = stay;
      for (const [bloc, score] of [...agreement.entries()].sort((a, b) => a[0] - b[0])) {
        if (score > bestScore) [best, bestScore] = [bloc, score];
      }
      if (best === current && stay < 0 && !alone) best = fresh++;
      if (best !== current) {
        blocOf.set(id, best);
        size.set(current, (size.get(current) ?? 1) - 1);
        size.set(best, (size.get(best) ?? 0) + 1);
        moved = true;
      }
    }
    if (!moved) return;
  }
}

/**
 * The blocs of the signed claims given (already cut to a window). Entities without a signed claim are in no bloc.
 * @example findBlocs([{ id: 'c1', source: 'garrison', target: 'mrc', type: 'JOINED' }, { id: 'c2', source: 'mrc', target: 'kerenski', type: 'OPPOSED' }])
 *   // blocs: [{ anchor: 'mrc', members: ['garrison', 'mrc'] }, { anchor: 'kerenski', members: ['kerenski'] }]
 */
export function findBlocs(claims: readonly SignedClaim[]): BlocPartition {
  const signed = claims.filter((claim) => CLAIM_SIGN[claim.type] !== 0 && claim.source !== claim.target);
  const entities = [...new Set(signed.flatMap((claim) => [claim.source, claim.target]))].sort();
  const weights = signedWeights(signed);
  const start = agglomerate(entities, weights);
  improve(entities, weights, start);

  const groups = new Map<number, string[]>();
  for (const id of entities) groups.set(start.get(id) as number, [...(groups.get(start.get(id) as number) ?? []), id]);
  const centrality = (id: string, members: ReadonlySet<string>): [number, number] => {
    let inside = 0;
    let all = 0;
    for (const [other, weight] of weights.get(id) ?? []) {
      all += Math.abs(weight);
      if (members.has(other) && weight > 0) inside += weight;
    }
    return [inside, all];
  };
  const blocs: Bloc[] = [...groups.values()]
    .map((members) => {
      const set = new Set(members);
      const anchor = [...members].sort((a, b) => {
        const [ia, aa] = centrality(a, set);
        const [ib, ab] = centrality(b, set);
        return ib - ia || ab - aa || a.localeCompare(b);
      })[0] as string;
      return { anchor, members };
    })
    .sort((a, b) => b.members.length - a.members.length || a.anchor.localeCompare(b.anchor));

  const blocOf = new Map<string, number>();
  blocs.forEach((bloc, index) => bloc.members.forEach((id) => blocOf.set(id, index)));
  const placedBy = new Map<string, SignedClaim[]>();
  let frustration = 0;
  for (const claim of signed) {
    const together = blocOf.get(claim.source) === blocOf.get(claim.target);
    const agrees = CLAIM_SIGN[claim.type] === 1 ? together : !together;
    if (!agrees) {
      frustration += 1;
      continue;
    }
    for (const id of [claim.source, claim.target]) placedBy.set(id, [...(placedBy.get(id) ?? []), claim]);
  }
  return { blocs, blocOf, placedBy, frustration };
}

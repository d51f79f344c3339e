/**
 * The key of a drawn edge: one per source, relation type and target. The server names the PairEdges it
 * sends with it and the page finds the edge of any claim (from an entity's panel, a path, the reader,
 * a review) with it, so a claim and its edge always agree.
 */
import type { RelationType } from './types';

/** Entity ids are slugs without it, so the key never collides with an entity id. */
export const PAIR_EDGE_SEPARATOR = '|';

/**
 * @example pairEdgeId({ source: 'lenin', type: 'OPPOSED', target: 'kerenski' }) // 'lenin|OPPOSED|kerenski'
 */
export function pairEdgeId(claim: { source: string; type: RelationType; target: string }): string {
  return [claim.source, claim.type, claim.target].join(PAIR_EDGE_SEPARATOR);
}

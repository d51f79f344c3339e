/**
 * An entity's allegiance history, the whole GET /api/entities/:id/allegiance response: the entity and
 * the claims that say whom it joined, supported, opposed or belonged to (and who did so towards it),
 * in date order with their evidence. This is how one
 * follows, say, Petrograd's garrison from the Provisional Government to the Military Revolutionary Committee.
 */
import type { AllegianceClaim, AllegianceResponse } from '../../domain/api';
import { NotFoundError } from '../../domain/errors';
import type { RelationType } from '../../domain/types';
import type { Graph } from '../driver/connection';
import { asGraphEdge, asGraphNode, claimNotRejected, compareClaimsByDate, edgeProjection, nodeProjection } from './projections';

/** The relation types that say which side an entity was on. */
export const ALLEGIANCE_TYPES: readonly RelationType[] = ['JOINED', 'SUPPORTED', 'OPPOSED', 'MEMBER_OF'];

/** The entity and its allegiance claims with their counterparts, in one row; no row when the entity is unknown. */
export const ALLEGIANCE_CLAIMS = `
MATCH (e:Entity {id: $id})
CALL (e) {
  MATCH (e)-[r:${ALLEGIANCE_TYPES.join('|')}]-(o:Entity)
  WHERE ${claimNotRejected('r')}
  RETURN collect({edge: ${edgeProjection('r')}, counterpart: ${nodeProjection('o')}}) AS claims
}
RETURN ${nodeProjection('e')} AS entity, claims`;

/**
 * Claims in Gregorian date order; undated claims come last, in document and line order.
 * @throws NotFoundError for an unknown id.
 * @example await allegianceHistory(graph, 'petrograds_garnison')
 * // { entity: { id: 'petrograds_garnison', ... }, claims: [{ type: 'SUPPORTED', direction: 'out', counterpart: { id: 'provisoriska_regeringen', ... }, ... }, ...] }
 */
export async function allegianceHistory(graph: Graph, id: string): Promise<AllegianceResponse> {
  const [row] = await graph.read(ALLEGIANCE_CLAIMS, { id });
  if (!row) throw new NotFoundError(`No entity "${id}"`, { id });
  // A claim from the entity to itself matches the undirected pattern twice: key by claim id.
  const claims = new Map(
    (row.claims as { edge: unknown; counterpart: unknown }[]).map((claim) => {
      const edge = asGraphEdge(claim.edge);
      return [edge.id, { edge, counterpart: asGraphNode(claim.counterpart) }] as const;
    }),
  );
  const sorted: AllegianceClaim[] = [...claims.values()]
    .sort((a, b) => compareClaimsByDate(a.edge, b.edge))
    .map(({ edge, counterpart }) => ({
      edgeId: edge.id,
      type: edge.type,
      direction: edge.source === id ? 'out' : 'in',
      counterpart,
      date: edge.date,
      dateGregorian: edge.dateGregorian,
      line: edge.line,
      evidence: edge.evidence,
      documentId: edge.documentId,
    }));
  return { entity: asGraphNode(row.entity), claims: sorted };
}

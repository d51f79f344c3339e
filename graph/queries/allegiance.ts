/**
 * An entity's claims, both ways, in date order with their evidence: all seven relation types for the
 * entity panel, or the allegiance history alone (whom it joined, supported, opposed or belonged to, and
 * who did so towards it). This is how one follows, say, Petrograd's garrison from the Provisional
 * Government to the Military Revolutionary Committee.
 */
import type { AllegianceClaim, AllegianceResponse } from '../../domain/api';
import { NotFoundError } from '../../domain/errors';
import { ALLEGIANCE_TYPES, RELATION_TYPES, type RelationType } from '../../domain/types';
import type { Graph } from '../driver/connection';
import { asGraphEdge, asGraphNode, claimNotRejected, compareClaimsByDate, edgeProjection, nodeProjection } from './projections';

/** The entity and its claims of `$types` with their counterparts, in one row; no row when the entity is unknown. */
export const ENTITY_CLAIMS = `
MATCH (e:Entity {id: $id})
CALL (e) {
  MATCH (e)-[r]-(o:Entity)
  WHERE type(r) IN $types AND ${claimNotRejected('r')}
  RETURN collect({edge: ${edgeProjection('r')}, counterpart: ${nodeProjection('o')}}) AS claims
}
RETURN ${nodeProjection('e')} AS entity, claims`;

/**
 * Claims in Gregorian date order; undated claims come last, in document and line order.
 * @throws NotFoundError for an unknown id.
 * @example await allegianceHistory(graph, 'petrograds_garnison')
 * // { entity: { id: 'petrograds_garnison', ... }, claims: [{ type: 'SUPPORTED', direction: 'out', counterpart: { id: 'provisoriska_regeringen', ... }, ... }, ...] }
 */
export function allegianceHistory(graph: Graph, id: string): Promise<AllegianceResponse> {
  return entityClaims(graph, id, ALLEGIANCE_TYPES);
}

/**
 * The entity and every claim of it (all seven types by default), ordered as in `allegianceHistory`.
 * @throws NotFoundError for an unknown id.
 * @example (await entityClaims(graph, 'krasnov')).claims // [{ type: 'ARRESTED', direction: 'in', ... }, ...]
 */
export async function entityClaims(graph: Graph, id: string, types: readonly RelationType[] = RELATION_TYPES): Promise<AllegianceResponse> {
  const [row] = await graph.read(ENTITY_CLAIMS, { id, types: [...types] });
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
      dateBasis: edge.dateBasis ?? null,
      datePrecision: edge.datePrecision ?? null,
      line: edge.line,
      evidence: edge.evidence,
      documentId: edge.documentId,
      confidence: edge.confidence,
    }));
  return { entity: asGraphNode(row.entity), claims: sorted };
}

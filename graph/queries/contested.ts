/**
 * The contested claims around one entity: every claim at either end of it, whatever its status,
 * with its document's title, grouped into contests by the one rule in domain/contested.ts.
 */
import type { ContestedClaim, ContestedResponse } from '../../domain/contested';
import { findContests } from '../../domain/contested';
import { NotFoundError } from '../../domain/errors';
import type { Graph } from '../driver/connection';
import { CLAIM_TYPES } from './projections';

export const CLAIMS_AROUND_ENTITY = `
MATCH (e:Entity {id: $id})
OPTIONAL MATCH (a:Entity)-[r:${CLAIM_TYPES}]->(b:Entity)
WHERE a = e OR b = e
OPTIONAL MATCH (d:Document {id: r.documentId})
RETURN e.id AS entityId, collect(CASE WHEN r IS NULL THEN null ELSE {
  id: r.id, type: type(r), source: a.id, target: b.id, sourceName: a.name, targetName: b.name,
  status: coalesce(r.status, 'machine'), reviewedBy: r.reviewedBy, evidence: r.evidence, line: r.line,
  date: r.date, dateGregorian: r.dateGregorian, calendar: r.calendar,
  documentId: r.documentId, documentTitle: coalesce(d.title, r.documentId)
} END) AS claims`;

interface ClaimRow extends ContestedClaim {
  sourceName: string;
  targetName: string;
}

/**
 * @throws NotFoundError for an unknown entity.
 * @example await contestedClaims(graph, 'kerenski') // { entityId: 'kerenski', contests: [...] }
 */
export async function contestedClaims(graph: Graph, id: string): Promise<ContestedResponse> {
  const [row] = await graph.read(CLAIMS_AROUND_ENTITY, { id });
  if (!row) throw new NotFoundError(`No entity "${id}"`, { id });
  const rows = (row.claims as ClaimRow[]).sort((x, y) => x.id.localeCompare(y.id));
  const names = new Map(rows.flatMap((claim) => [[claim.source, claim.sourceName], [claim.target, claim.targetName]] as [string, string][]));
  const claims: ContestedClaim[] = rows.map(({ sourceName: _s, targetName: _t, ...claim }) => ({ ...claim, calendar: claim.calendar ?? null, reviewedBy: claim.reviewedBy ?? null }));
  return { entityId: id, contests: findContests(claims, (entity) => names.get(entity) ?? entity) };
}

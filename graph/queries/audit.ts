/**
 * Reading the audit trail: events newest first, filtered by entity, claim or user, and the later
 * events that depend on one (they touch something it changed and are not undone themselves).
 */
import type { AuditEvent } from '../../domain/curation';
import type { Graph, GraphTransaction, Row } from '../driver/connection';

export interface AuditFilter {
  entity?: string;
  claim?: string;
  user?: string;
  limit: number;
}

const EVENT_FIELDS = `e.id AS id, e.seq AS seq, e.at AS at, e.user AS user, e.action AS action, e.claimId AS claimId,
  e.entityIds AS entityIds, e.before AS before, e.after AS after, e.reason AS reason, e.undoes AS undoes, e.undoneBy AS undoneBy`;

export const LIST_EVENTS = `
MATCH (e:AuditEvent)
WHERE ($entity IS NULL OR $entity IN e.entityIds)
  AND ($claim IS NULL OR e.claimId = $claim)
  AND ($user IS NULL OR e.user = $user)
RETURN ${EVENT_FIELDS}
ORDER BY e.seq DESC
LIMIT $limit`;

const EVENT_BY_ID = `
MATCH (e:AuditEvent {id: $id})
RETURN ${EVENT_FIELDS}, e.touches AS touches`;

const LATER_DEPENDENTS = `
MATCH (e:AuditEvent)
WHERE e.seq > $seq AND e.undoneBy IS NULL AND e.action <> 'undo' AND any(t IN e.touches WHERE t IN $touches)
RETURN ${EVENT_FIELDS}
ORDER BY e.seq`;

function eventOf(row: Row): AuditEvent {
  return {
    ...(row as unknown as AuditEvent),
    before: JSON.parse(row.before as string) as unknown,
    after: JSON.parse(row.after as string) as unknown,
  };
}

/** @example await listAuditEvents(graph, { entity: 'kerenski', limit: 50 }) */
export async function listAuditEvents(graph: Graph, filter: AuditFilter): Promise<AuditEvent[]> {
  const rows = await graph.read(LIST_EVENTS, { entity: filter.entity ?? null, claim: filter.claim ?? null, user: filter.user ?? null, limit: filter.limit });
  return rows.map(eventOf);
}

/** One event with what it touched, inside a transaction; undefined for an unknown id. */
export async function findEvent(tx: GraphTransaction, id: string): Promise<(AuditEvent & { touches: string[] }) | undefined> {
  const [row] = await tx.run(EVENT_BY_ID, { id });
  return row ? { ...eventOf(row), touches: row.touches as string[] } : undefined;
}

/** Later events, not undone, touching anything in `touches`. */
export async function laterDependents(tx: GraphTransaction, seq: number, touches: string[]): Promise<AuditEvent[]> {
  return (await tx.run(LATER_DEPENDENTS, { seq, touches })).map(eventOf);
}

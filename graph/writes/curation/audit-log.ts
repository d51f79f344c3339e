/**
 * Writing audit events, in the same transaction as the change they record, so a change without its
 * event (or the reverse) can never be stored. Events are (:AuditEvent) nodes numbered by one
 * counter node; `before` and `after` are JSON text because Neo4j properties cannot hold nested maps.
 * `touches` lists what an event changed ("claim:ID", "entity:ID"): a later event touching the same
 * thing depends on it, and blocks its undo.
 */
import { randomUUID } from 'node:crypto';
import type { AuditAction, AuditEvent } from '../../../domain/curation';
import type { GraphTransaction } from '../../driver/connection';

export interface NewAuditEvent {
  user: string;
  action: AuditAction;
  claimId?: string;
  entityIds: string[];
  touches: string[];
  before: unknown;
  after: unknown;
  reason?: string;
  undoes?: string;
}

const RECORD_EVENT = `
MERGE (counter:AuditSequence {name: 'audit'})
SET counter.value = coalesce(counter.value, 0) + 1
CREATE (e:AuditEvent {id: $id, seq: counter.value, at: $at, user: $user, action: $action, claimId: $claimId,
  entityIds: $entityIds, touches: $touches, before: $before, after: $after, reason: $reason, undoes: $undoes})
WITH e
OPTIONAL MATCH (undone:AuditEvent {id: $undoes})
SET undone.undoneBy = e.id
RETURN e.seq AS seq`;

/** Records the event and returns it as the API shows it. */
export async function recordEvent(tx: GraphTransaction, event: NewAuditEvent): Promise<AuditEvent> {
  const stored = {
    id: randomUUID(),
    at: new Date().toISOString(),
    user: event.user,
    action: event.action,
    claimId: event.claimId ?? null,
    entityIds: event.entityIds,
    touches: event.touches,
    before: JSON.stringify(event.before ?? null),
    after: JSON.stringify(event.after ?? null),
    reason: event.reason ?? null,
    undoes: event.undoes ?? null,
  };
  const [row] = await tx.run(RECORD_EVENT, stored);
  const { touches: _touches, ...shown } = stored;
  return { ...shown, seq: row.seq as number, before: event.before ?? null, after: event.after ?? null, undoneBy: null };
}

export const claimTouch = (id: string): string => `claim:${id}`;
export const entityTouch = (id: string): string => `entity:${id}`;

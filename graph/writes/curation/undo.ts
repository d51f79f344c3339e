/**
 * Undoing one audit event: the state before it is written back, in one transaction with a new
 * 'undo' event, unless a later event still in force touches what it changed (409 naming those
 * events: undo them first). A split is the undo of the entity's latest merge.
 */
import type { AuditEvent, ClaimState, EntityState } from '../../../domain/curation';
import { ConflictError, InvalidInputError, NotFoundError } from '../../../domain/errors';
import type { Graph, GraphTransaction } from '../../driver/connection';
import { findEvent, laterDependents } from '../../queries/audit';
import { refreshEntities } from '../document-contents';
import { recordEvent } from './audit-log';
import { deleteClaim, lockClaim, writeClaim } from './claims';
import { lockEntity, writeEntity } from './entities';
import { splitEntity, type MergeRecord } from './merge';

const LATEST_MERGE = `
MATCH (e:AuditEvent {action: 'entity.merge'})
WHERE $id IN e.entityIds AND e.undoneBy IS NULL
RETURN e.id AS id ORDER BY e.seq DESC LIMIT 1`;

/**
 * @throws NotFoundError for an unknown event; ConflictError when undone already or when later events depend on it.
 * @example await undoEvent(graph, eventId, 'anna', 'wrong person')
 */
export async function undoEvent(graph: Graph, eventId: string, user: string, reason?: string): Promise<AuditEvent> {
  return graph.writeTransaction((tx) => undoInTransaction(tx, eventId, user, reason));
}

/**
 * Undoes the latest merge that `id` took part in (as the merged-away or the absorbing entity).
 * @throws NotFoundError when `id` has no merge in force.
 */
export async function splitMerged(graph: Graph, id: string, user: string, reason?: string): Promise<AuditEvent> {
  return graph.writeTransaction(async (tx) => {
    const [row] = await tx.run(LATEST_MERGE, { id });
    if (!row) throw new NotFoundError(`No merge of "${id}" to split`, { entityId: id });
    return undoInTransaction(tx, row.id as string, user, reason);
  });
}

async function undoInTransaction(tx: GraphTransaction, eventId: string, user: string, reason: string | undefined): Promise<AuditEvent> {
  const event = await findEvent(tx, eventId);
  if (!event) throw new NotFoundError(`No audit event "${eventId}"`, { eventId });
  if (event.action === 'undo') throw new InvalidInputError('An undo cannot be undone; make the change again instead', { eventId });
  if (event.action === 'document.delete') {
    throw new InvalidInputError('A deleted document is not restored by undo; upload it again (the event lists the decisions it held)', { eventId });
  }
  if (event.undoneBy) throw new ConflictError(`Event "${eventId}" was undone already (by ${event.undoneBy})`, { undoneBy: event.undoneBy });
  const dependents = await laterDependents(tx, event.seq, event.touches);
  if (dependents.length > 0) {
    const named = dependents.map((later) => `${later.id} (${later.action} by ${later.user})`).join(', ');
    throw new ConflictError(`Later changes depend on this one; undo them first: ${named}`, {
      dependents: dependents.map((later) => ({ id: later.id, action: later.action, user: later.user, at: later.at })),
    });
  }
  await restoreBefore(tx, event);
  return recordEvent(tx, {
    user,
    action: 'undo',
    claimId: event.claimId ?? undefined,
    entityIds: event.entityIds,
    touches: event.touches,
    before: event.after,
    after: event.before,
    reason,
    undoes: event.id,
  });
}

async function restoreBefore(tx: GraphTransaction, event: AuditEvent): Promise<void> {
  switch (event.action) {
    case 'claim.review': {
      const current = await lockClaim(tx, event.claimId as string);
      await writeClaim(tx, current, { ...(event.before as ClaimState), version: current.state.version + 1 });
      return;
    }
    case 'claim.create':
      await deleteClaim(tx, event.claimId as string);
      return;
    case 'entity.update': {
      const before = event.before as EntityState;
      await lockEntity(tx, before.id);
      await writeEntity(tx, before);
      await refreshEntities(tx, [before.id]);
      return;
    }
    case 'entity.merge':
      await splitEntity(tx, event.before as MergeRecord);
      return;
    case 'undo':
    case 'document.delete':
      return;
  }
}

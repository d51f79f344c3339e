/**
 * Historians' changes to entities, each in one write transaction with its audit event: rename or
 * retype, and merge one entity into another (refused into itself, or across types without `force`).
 */
import type { EntityState } from '../../../domain/curation';
import { InvalidInputError } from '../../../domain/errors';
import type { EntityType } from '../../../domain/types';
import type { Graph } from '../../driver/connection';
import { refreshEntities } from '../document-contents';
import { claimTouch, entityTouch, recordEvent } from './audit-log';
import type { CurationResult } from './claim-actions';
import { lockEntity, writeEntity } from './entities';
import { mergeEntity, type MergeRecord } from './merge';

export interface EntityChange {
  name?: string;
  type?: EntityType;
  reason?: string;
}

/** @throws NotFoundError for an unknown entity. */
export async function updateEntity(graph: Graph, id: string, change: EntityChange, user: string): Promise<CurationResult<EntityState>> {
  return graph.writeTransaction(async (tx) => {
    const before = (await lockEntity(tx, id)).state;
    const after: EntityState = { id, name: change.name ?? before.name, type: change.type ?? before.type };
    await writeEntity(tx, after);
    await refreshEntities(tx, [id]);
    const event = await recordEvent(tx, { user, action: 'entity.update', entityIds: [id], touches: [entityTouch(id)], before, after, reason: change.reason });
    return { result: after, event };
  });
}

export interface MergeRequest {
  into: string;
  force?: boolean;
  reason?: string;
}

/**
 * @throws InvalidInputError merging into itself, or across types without `force`; NotFoundError for an unknown id.
 */
export async function mergeEntities(graph: Graph, id: string, request: MergeRequest, user: string): Promise<CurationResult<EntityState>> {
  if (id === request.into) throw new InvalidInputError('An entity cannot be merged into itself', { entityId: id });
  return graph.writeTransaction(async (tx) => {
    const from = await lockEntity(tx, id);
    const into = await lockEntity(tx, request.into);
    if (from.state.type !== into.state.type && !request.force) {
      throw new InvalidInputError(`"${from.state.name}" is a ${from.state.type} and "${into.state.name}" a ${into.state.type}; send "force": true to merge them anyway`, {
        types: [from.state.type, into.state.type],
      });
    }
    const record: MergeRecord = await mergeEntity(tx, from, into);
    const event = await recordEvent(tx, {
      user,
      action: 'entity.merge',
      entityIds: [id, request.into],
      touches: [entityTouch(id), entityTouch(request.into), ...record.claims.map((claim) => claimTouch(claim.id))],
      before: record,
      after: into.state,
      reason: request.reason,
    });
    return { result: into.state, event };
  });
}

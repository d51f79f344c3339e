/** Reading and changing one entity inside a curation transaction. */
import type { EntityState } from '../../../domain/curation';
import { NotFoundError } from '../../../domain/errors';
import type { EntityType } from '../../../domain/types';
import type { GraphTransaction } from '../../driver/connection';
import { LOCK_AND_READ_ENTITY, SET_ENTITY } from './entity-cypher';

export interface LockedEntity {
  state: EntityState;
  /** Every stored field, kept so a split can re-create a merged-away entity as it was. */
  props: Record<string, unknown>;
}

/**
 * @throws NotFoundError for an unknown id.
 */
export async function lockEntity(tx: GraphTransaction, id: string): Promise<LockedEntity> {
  const [row] = await tx.run(LOCK_AND_READ_ENTITY, { id });
  if (!row) throw new NotFoundError(`No entity "${id}"`, { entityId: id });
  return { state: { id, name: row.name as string, type: row.type as EntityType }, props: row.props as Record<string, unknown> };
}

export async function writeEntity(tx: GraphTransaction, next: EntityState): Promise<void> {
  await tx.run(SET_ENTITY[next.type], { id: next.id, name: next.name, type: next.type });
}

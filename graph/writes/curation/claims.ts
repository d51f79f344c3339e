/**
 * Reading, changing, creating and deleting one claim inside a curation transaction. A claim's
 * stored fields become a ClaimState (status 'machine' and version 0 when never reviewed); writing a
 * state back keeps the relationship when only fields change and re-creates it (same id) when its
 * type or ends change.
 */
import type { ClaimState } from '../../../domain/curation';
import { NotFoundError } from '../../../domain/errors';
import type { GraphTransaction, Row } from '../../driver/connection';
import { claimStateOf } from '../../queries/claim-state';
import { CREATE_CLAIM, DELETE_CLAIM, LOCK_AND_READ_CLAIM, SET_CLAIM_FIELDS } from './claim-cypher';

/** A locked claim: its state, and every stored field (some, like `rule`, are not part of the state). */
export interface LockedClaim {
  state: ClaimState;
  props: Record<string, unknown>;
}

/** The stored fields of a state (type and ends are the relationship itself). */
function fieldsOf(state: ClaimState): Record<string, unknown> {
  const { type: _type, source: _source, target: _target, ...fields } = state;
  return fields;
}

/**
 * Takes the claim's write lock and reads it, so a concurrent change waits and then sees this one's result.
 * @throws NotFoundError for an unknown id.
 */
export async function lockClaim(tx: GraphTransaction, id: string): Promise<LockedClaim> {
  const [row] = await tx.run(LOCK_AND_READ_CLAIM, { id });
  if (!row) throw new NotFoundError(`No claim "${id}"`, { claimId: id });
  return lockedClaimOf(row);
}

function lockedClaimOf(row: Row): LockedClaim {
  const props = row.props as Record<string, unknown>;
  return { state: claimStateOf(row.type as string, row.source as string, row.target as string, props), props };
}

/** Writes `next` over the locked claim `current`. */
export async function writeClaim(tx: GraphTransaction, current: LockedClaim, next: ClaimState): Promise<void> {
  const { state } = current;
  if (state.type === next.type && state.source === next.source && state.target === next.target) {
    await tx.run(SET_CLAIM_FIELDS, { id: state.id, props: fieldsOf(next) });
    return;
  }
  await tx.run(DELETE_CLAIM, { id: state.id });
  await createClaim(tx, next, current.props);
}

/**
 * Creates a claim; `extra` carries stored fields outside ClaimState (the extractor's rule, the calendar).
 * @throws NotFoundError when an end no longer exists.
 */
export async function createClaim(tx: GraphTransaction, state: ClaimState, extra: Record<string, unknown> = {}): Promise<void> {
  const rows = await tx.run(CREATE_CLAIM[state.type], { source: state.source, target: state.target, props: { ...extra, ...fieldsOf(state) } });
  if (rows.length === 0) throw new NotFoundError(`No entity "${state.source}" or "${state.target}"`, { source: state.source, target: state.target });
}

export async function deleteClaim(tx: GraphTransaction, id: string): Promise<void> {
  await tx.run(DELETE_CLAIM, { id });
}

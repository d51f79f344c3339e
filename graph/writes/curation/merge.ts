/**
 * Merging one entity into another and splitting it out again. A merge moves every claim (re-created
 * with the new end), sentence mention and document link of `from` onto `into`, marking the moved
 * links with `from`'s id, deletes `from` and recomputes `into`'s aliases and search keys, so later
 * documents spelling the name `from` had resolve to `into` (across types too: a forced merge leaves
 * `from`'s keys on `into` typed with `from`'s type, see absorbedKey). The MergeRecord returned is everything a
 * split needs to put `from` back exactly as it was.
 */
import type { EntityType } from '../../../domain/types';
import type { GraphTransaction } from '../../driver/connection';
import { refreshEntities } from '../document-contents';
import { claimStateOf } from '../../queries/claim-state';
import { createClaim, deleteClaim, lockClaim, writeClaim } from './claims';
import { absorbedKey } from '../entity-merge';
import {
  ADD_ABSORBED_KEYS,
  CLAIMS_OF_ENTITY,
  CREATE_ENTITY,
  DELETE_ENTITY,
  MOVE_DOCUMENT_LINKS,
  MOVE_MARKED_DOCUMENT_LINKS,
  MOVE_MARKED_SENTENCE_MENTIONS,
  MOVE_SENTENCE_MENTIONS,
  REMOVE_ABSORBED_KEYS,
} from './entity-cypher';
import type { LockedEntity } from './entities';

/** A moved claim with the ends it had before the merge. */
export interface MovedClaim {
  id: string;
  source: string;
  target: string;
}

export interface MergeRecord {
  from: { id: string; type: EntityType; props: Record<string, unknown> };
  into: string;
  claims: MovedClaim[];
  /** The typed keys this merge added to `into` (absent in records written before forced merges kept them). */
  absorbedKeys?: string[];
}

/**
 * The typed keys `into` gains: every key of `from` when its type differs (a forced merge), and
 * whatever `from` had absorbed itself, less what `into` holds already.
 */
function absorbedBy(from: LockedEntity, into: LockedEntity): string[] {
  const own = from.state.type === into.state.type ? [] : ((from.props.keys as string[] | undefined) ?? []).map((key) => absorbedKey(from.state.type, key));
  const held = new Set((into.props.absorbedKeys as string[] | undefined) ?? []);
  const carried = [...own, ...((from.props.absorbedKeys as string[] | undefined) ?? [])];
  return [...new Set(carried)].filter((key) => !held.has(key));
}

/** Moves everything of `from` onto `into` and deletes `from`; both are locked by the caller. */
export async function mergeEntity(tx: GraphTransaction, from: LockedEntity, into: LockedEntity): Promise<MergeRecord> {
  const fromId = from.state.id;
  const intoId = into.state.id;
  const rows = await tx.run(CLAIMS_OF_ENTITY, { id: fromId });
  const claims: MovedClaim[] = [];
  for (const row of rows) {
    const props = row.props as Record<string, unknown>;
    const state = claimStateOf(row.type as string, row.source as string, row.target as string, props);
    claims.push({ id: state.id, source: state.source, target: state.target });
    const moved = { ...state, source: state.source === fromId ? intoId : state.source, target: state.target === fromId ? intoId : state.target };
    await deleteClaim(tx, state.id);
    await createClaim(tx, moved, props);
  }
  await tx.run(MOVE_SENTENCE_MENTIONS, { from: fromId, to: intoId, mark: fromId });
  await tx.run(MOVE_DOCUMENT_LINKS, { from: fromId, to: intoId, mark: fromId });
  await tx.run(DELETE_ENTITY, { id: fromId });
  const absorbedKeys = absorbedBy(from, into);
  await tx.run(ADD_ABSORBED_KEYS, { id: intoId, keys: absorbedKeys });
  await refreshEntities(tx, [intoId]);
  return { from: { id: fromId, type: from.state.type, props: from.props }, into: intoId, claims, absorbedKeys };
}

/** Puts a merged-away entity back: re-created, its marked links and its claims moved back from `into`. */
export async function splitEntity(tx: GraphTransaction, record: MergeRecord): Promise<void> {
  const { from, into } = record;
  await tx.run(CREATE_ENTITY[from.type], { props: from.props });
  await tx.run(REMOVE_ABSORBED_KEYS, { id: into, keys: record.absorbedKeys ?? [] });
  await tx.run(MOVE_MARKED_SENTENCE_MENTIONS, { from: into, to: from.id, mark: from.id });
  await tx.run(MOVE_MARKED_DOCUMENT_LINKS, { from: into, to: from.id, mark: from.id });
  for (const claim of record.claims) {
    const current = await lockClaim(tx, claim.id);
    await writeClaim(tx, current, { ...current.state, source: claim.source, target: claim.target });
  }
  await refreshEntities(tx, [from.id, into]);
}

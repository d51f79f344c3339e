/**
 * Cross-document entity identity: decides, before anything is written, which stored entity each
 * entity of a new extraction is. Two entities are the same when they have the same type and share
 * a transliteration key of their name or aliases (Kerensky in an English text = Kerenski in the
 * Swedish one), or when a historian force-merged an entity of the incoming type and spelling into
 * the stored one. Pure, so the rule is testable without a database.
 */
import type { Entity, EntityType } from '../../domain/types';
import { transliterationKey } from '../../domain/names/name-key';

/** What the merge needs to know about an entity already in the graph. */
export interface StoredEntityKeys {
  id: string;
  type: EntityType;
  keys: string[];
  /**
   * Keys of entities of another type that a historian merged into this one (forced merge), as
   * `absorbedKey(type, key)`: a later mention of that type and spelling lands here too.
   */
  absorbedKeys?: string[] | null;
}

/**
 * A key another type brought in by a forced merge, typed so it only catches mentions of that type.
 * @example absorbedKey('Place', 'smolnyj') // 'Place:smolnyj'
 */
export function absorbedKey(type: EntityType, key: string): string {
  return `${type}:${key}`;
}

export interface EntityPlacement {
  /** The id of the graph node the incoming entity becomes part of. */
  targetId: string;
  /** True when no stored entity matched and a node with `targetId` must be created. */
  isNew: boolean;
}

/** Keys shorter than this (initials, "S.") are too ambiguous to merge on. */
const MIN_MERGE_KEY_LENGTH = 3;

/**
 * The transliteration keys an entity may be merged on: its name's and its aliases'.
 * @example mergeKeys({ name: 'Kerensky', aliases: ["Kerensky's"], ... }) // ['kerenski', 'kerenski s']
 */
export function mergeKeys(entity: Pick<Entity, 'name' | 'aliases'>): string[] {
  const keys = [entity.name, ...entity.aliases].map(transliterationKey);
  return [...new Set(keys.filter((key) => key.length >= MIN_MERGE_KEY_LENGTH))];
}

function matchScore(incoming: Entity, incomingKeys: readonly string[], stored: StoredEntityKeys): number {
  if (stored.type !== incoming.type) return absorbedScore(incoming, incomingKeys, stored);
  const storedKeys = new Set(stored.keys);
  const shared = incomingKeys.filter((key) => storedKeys.has(key)).length;
  const sameId = stored.id === incoming.id ? 1000 : 0;
  if (shared === 0 && sameId === 0) return 0;
  const sameName = storedKeys.has(transliterationKey(incoming.name)) ? 100 : 0;
  return sameId + sameName + shared;
}

/** An entity of another type matches only on keys a forced merge brought in from the incoming type. */
function absorbedScore(incoming: Entity, incomingKeys: readonly string[], stored: StoredEntityKeys): number {
  const absorbed = new Set(stored.absorbedKeys ?? []);
  return incomingKeys.filter((key) => absorbed.has(absorbedKey(incoming.type, key))).length;
}

function bestMatch(incoming: Entity, stored: readonly StoredEntityKeys[]): StoredEntityKeys | undefined {
  const keys = mergeKeys(incoming);
  let best: StoredEntityKeys | undefined;
  let bestScore = 0;
  for (const candidate of stored) {
    const score = matchScore(incoming, keys, candidate);
    if (score > bestScore || (score === bestScore && score > 0 && best !== undefined && candidate.id < best.id)) {
      best = candidate;
      bestScore = score;
    }
  }
  return best;
}

/** A fresh id for a new entity: its own, or suffixed with its type when another type already holds it. */
function freshId(entity: Entity, typeOfId: Map<string, EntityType>): string {
  const holder = typeOfId.get(entity.id);
  if (holder === undefined || holder === entity.type) return entity.id;
  return `${entity.id}_${entity.type.toLowerCase()}`;
}

/**
 * Where each incoming entity goes: into a stored entity of the same type sharing a key, or a new node.
 * `stored` must include every stored entity whose id equals an incoming id, so ids never clash.
 * @example
 * planEntityMerge([{ id: 'kerensky', type: 'Person', name: 'Kerensky', aliases: [], mentions: [] }],
 *                 [{ id: 'kerenski', type: 'Person', keys: ['kerenski'] }])
 * // Map { 'kerensky' => { targetId: 'kerenski', isNew: false } }
 */
export function planEntityMerge(
  incoming: readonly Entity[],
  stored: readonly StoredEntityKeys[],
): Map<string, EntityPlacement> {
  const typeOfId = new Map<string, EntityType>(stored.map((entity) => [entity.id, entity.type]));
  const placements = new Map<string, EntityPlacement>();
  for (const entity of incoming) {
    const match = bestMatch(entity, stored);
    if (match) {
      placements.set(entity.id, { targetId: match.id, isNew: false });
      continue;
    }
    const targetId = freshId(entity, typeOfId);
    typeOfId.set(targetId, entity.type);
    placements.set(entity.id, { targetId, isNew: true });
  }
  return placements;
}

/**
 * Curation's entity statements: rename and retype (the type is also a label, set per type from the
 * fixed ENTITY_TYPES list), and moving everything of one entity onto another for a merge, each moved
 * link marked `mergedFrom` so a split can move exactly those back.
 */
import { ENTITY_TYPES, type EntityType } from '../../../domain/types';
import { CLAIM_TYPES } from '../../queries/projections';

const ALL_TYPE_LABELS = ENTITY_TYPES.join(':');

export const LOCK_AND_READ_ENTITY = `
MATCH (e:Entity {id: $id})
SET e.curationLock = true
REMOVE e.curationLock
RETURN e.id AS id, e.name AS name, e.type AS type, properties(e) AS props`;

function setEntityOfType(type: EntityType): string {
  return `
MATCH (e:Entity {id: $id})
REMOVE e:${ALL_TYPE_LABELS}
SET e:${type}, e.name = $name, e.type = $type`;
}

export const SET_ENTITY: Readonly<Record<EntityType, string>> = Object.fromEntries(
  ENTITY_TYPES.map((type) => [type, setEntityOfType(type)]),
) as Record<EntityType, string>;

function createEntityOfType(type: EntityType): string {
  return `
CREATE (e:Entity:${type})
SET e = $props`;
}

/** Re-creates a merged-away entity with its stored fields, for a split. */
export const CREATE_ENTITY: Readonly<Record<EntityType, string>> = Object.fromEntries(
  ENTITY_TYPES.map((type) => [type, createEntityOfType(type)]),
) as Record<EntityType, string>;

/** Every claim at either end of an entity. */
export const CLAIMS_OF_ENTITY = `
MATCH (a:Entity)-[r:${CLAIM_TYPES}]->(b:Entity)
WHERE a.id = $id OR b.id = $id
RETURN DISTINCT type(r) AS type, a.id AS source, b.id AS target, properties(r) AS props`;

export const MOVE_SENTENCE_MENTIONS = `
MATCH (s:Sentence)-[m:MENTIONS]->(:Entity {id: $from}), (to:Entity {id: $to})
CREATE (s)-[:MENTIONS {mergedFrom: $mark}]->(to)
DELETE m`;

export const MOVE_DOCUMENT_LINKS = `
MATCH (d:Document)-[m:MENTIONS_ENTITY]->(:Entity {id: $from}), (to:Entity {id: $to})
CREATE (d)-[moved:MENTIONS_ENTITY]->(to)
SET moved = properties(m), moved.mergedFrom = $mark
DELETE m`;

/** For a split: the links a merge moved from `$mark` onto `$from`, moved back to `$to` and unmarked. */
export const MOVE_MARKED_SENTENCE_MENTIONS = `
MATCH (s:Sentence)-[m:MENTIONS {mergedFrom: $mark}]->(:Entity {id: $from}), (to:Entity {id: $to})
CREATE (s)-[:MENTIONS]->(to)
DELETE m`;

export const MOVE_MARKED_DOCUMENT_LINKS = `
MATCH (d:Document)-[m:MENTIONS_ENTITY {mergedFrom: $mark}]->(:Entity {id: $from}), (to:Entity {id: $to})
CREATE (d)-[moved:MENTIONS_ENTITY]->(to)
SET moved = properties(m)
REMOVE moved.mergedFrom
DELETE m`;

export const DELETE_ENTITY = `
MATCH (e:Entity {id: $id})
DETACH DELETE e`;

/** A forced merge's typed keys (graph/writes/entity-merge.ts absorbedKey), kept on the absorbing entity. */
export const ADD_ABSORBED_KEYS = `
MATCH (e:Entity {id: $id})
SET e.absorbedKeys = coalesce(e.absorbedKeys, []) + $keys`;

export const REMOVE_ABSORBED_KEYS = `
MATCH (e:Entity {id: $id})
SET e.absorbedKeys = [key IN coalesce(e.absorbedKeys, []) WHERE NOT key IN $keys]`;

/**
 * The write statements of document ingest, replacement and deletion, in one place.
 * Every statement takes $params; the only text built in code is a label or relationship type,
 * and only from the fixed ENTITY_TYPES / RELATION_TYPES lists (Cypher cannot parameterise them).
 */
import type { EntityType, RelationType } from '../../domain/types';
import { ENTITY_TYPES, RELATION_TYPES } from '../../domain/types';

/**
 * Takes the document's write lock first (a property set and removed again: a real write, so a lock,
 * and no trace), so concurrent replacements of one document run one after the other, each seeing the
 * last one's result.
 */
export const LOCK_DOCUMENT = `
MATCH (d:Document {id: $documentId})
SET d.ingestLock = true
REMOVE d.ingestLock`;

export const FIND_DOCUMENT = `
MATCH (d:Document {id: $documentId})
RETURN d.sha256 AS sha256`;

/** Stored entities an extraction may merge into: same id, sharing a key, or holding a typed key a forced merge brought in. */
export const FIND_MERGE_CANDIDATES = `
MATCH (e:Entity)
WHERE e.id IN $ids OR any(key IN e.keys WHERE key IN $keys) OR any(key IN coalesce(e.absorbedKeys, []) WHERE key IN $typedKeys)
RETURN e.id AS id, e.type AS type, e.keys AS keys, e.absorbedKeys AS absorbedKeys`;

export const CREATE_DOCUMENT = `
CREATE (:Document {id: $documentId, title: $title, language: $language, sha256: $sha256, ingestedAt: $ingestedAt, ingestedBy: $ingestedBy})`;

export const UPDATE_DOCUMENT = `
MATCH (d:Document {id: $documentId})
SET d.title = $title, d.language = $language, d.sha256 = $sha256, d.ingestedAt = $ingestedAt, d.ingestedBy = $ingestedBy`;

function mergeEntityOfType(type: EntityType): string {
  return `
UNWIND $rows AS row
MERGE (e:Entity {id: row.id})
ON CREATE SET e:${type}, e.name = row.name, e.type = row.type, e.aliases = [], e.mentionCount = 0, e.keys = [], e.nameKeys = []`;
}

/** Creates the new entities of one type (MERGE on id, so a repeated row is harmless). */
export const MERGE_ENTITIES: Readonly<Record<EntityType, string>> = Object.fromEntries(
  ENTITY_TYPES.map((type) => [type, mergeEntityOfType(type)]),
) as Record<EntityType, string>;

export const CREATE_MENTION_LINKS = `
UNWIND $rows AS row
MATCH (d:Document {id: $documentId}), (e:Entity {id: row.entityId})
CREATE (d)-[:MENTIONS_ENTITY {count: row.count, names: row.names, lines: row.lines, texts: row.texts}]->(e)`;

export const CREATE_SENTENCES = `
UNWIND $rows AS row
MATCH (d:Document {id: $documentId})
CREATE (s:Sentence {id: row.id, documentId: $documentId, line: row.line, text: row.text})
CREATE (d)-[:HAS_SENTENCE]->(s)
WITH s, row
UNWIND row.entityIds AS entityId
MATCH (e:Entity {id: entityId})
CREATE (s)-[:MENTIONS]->(e)`;

function createClaimsOfType(type: RelationType): string {
  return `
UNWIND $rows AS row
MATCH (a:Entity {id: row.source}), (b:Entity {id: row.target})
CREATE (a)-[r:${type}]->(b)
SET r = row.props`;
}

/** Creates one relationship per claim of one type; `row.props` carries the claim's provenance. */
export const CREATE_CLAIMS: Readonly<Record<RelationType, string>> = Object.fromEntries(
  RELATION_TYPES.map((type) => [type, createClaimsOfType(type)]),
) as Record<RelationType, string>;

/** The per-document links of entities, from which their aliases, counts and keys are recomputed. */
/**
 * Under read-committed isolation a concurrent ingest may delete an entity or link this one just
 * matched, whose properties then read as null: such leftovers are skipped, not aggregated.
 */
export const ENTITY_LINKS = `
UNWIND $ids AS id
MATCH (e:Entity {id: id})
WHERE e.name IS NOT NULL
OPTIONAL MATCH (:Document)-[m:MENTIONS_ENTITY]->(e)
RETURN e.id AS id, e.name AS name,
       collect(CASE WHEN m IS NULL OR m.names IS NULL THEN null ELSE {count: coalesce(m.count, 0), names: m.names} END) AS links`;

export const SET_ENTITY_AGGREGATES = `
UNWIND $rows AS row
MATCH (e:Entity {id: row.id})
SET e.aliases = row.aliases, e.mentionCount = row.mentionCount, e.keys = row.keys, e.nameKeys = row.nameKeys`;

export const DELETE_ORPHAN_ENTITIES = `
UNWIND $ids AS id
MATCH (e:Entity {id: id})
WHERE NOT (:Document)-[:MENTIONS_ENTITY]->(e)
DETACH DELETE e`;

export const DOCUMENT_ENTITY_IDS = `
MATCH (:Document {id: $documentId})-[:MENTIONS_ENTITY]->(e:Entity)
RETURN collect(e.id) AS ids`;

/** Claims of a document start at entities the document mentions, so this never scans other documents. */
export const DELETE_DOCUMENT_CLAIMS = `
MATCH (:Document {id: $documentId})-[:MENTIONS_ENTITY]->(:Entity)-[r]->(:Entity)
WHERE r.documentId = $documentId
DELETE r`;

export const DELETE_DOCUMENT_SENTENCES = `
MATCH (:Document {id: $documentId})-[:HAS_SENTENCE]->(s:Sentence)
DETACH DELETE s`;

export const DELETE_DOCUMENT_LINKS = `
MATCH (:Document {id: $documentId})-[m:MENTIONS_ENTITY]->()
DELETE m`;

export const DELETE_DOCUMENT_NODE = `
MATCH (d:Document {id: $documentId})
DETACH DELETE d`;

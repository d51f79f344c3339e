/**
 * Curation's claim statements. A claim is one relationship whose type is its relation type, and
 * Cypher can neither parameterise a relationship type nor change one, so the statements that
 * create a claim are generated per type from the fixed RELATION_TYPES list, and a claim whose type
 * or direction changes is deleted and created again with the same id and fields.
 */
import { RELATION_TYPES, type RelationType } from '../../../domain/types';
import { CLAIM_TYPES } from '../../queries/projections';

/** A claim by id with its ends and every stored field, after taking its write lock (so its version reads current). */
export const LOCK_AND_READ_CLAIM = `
MATCH (a:Entity)-[r:${CLAIM_TYPES}]->(b:Entity)
WHERE r.id = $id
SET r.curationLock = true
REMOVE r.curationLock
RETURN type(r) AS type, a.id AS source, b.id AS target, properties(r) AS props`;

export const DELETE_CLAIM = `
MATCH (:Entity)-[r:${CLAIM_TYPES}]->(:Entity)
WHERE r.id = $id
DELETE r`;

export const SET_CLAIM_FIELDS = `
MATCH (:Entity)-[r:${CLAIM_TYPES}]->(:Entity)
WHERE r.id = $id
SET r += $props`;

function createClaimOfType(type: RelationType): string {
  return `
MATCH (a:Entity {id: $source}), (b:Entity {id: $target})
CREATE (a)-[r:${type}]->(b)
SET r = $props
RETURN r.id AS id`;
}

export const CREATE_CLAIM: Readonly<Record<RelationType, string>> = Object.fromEntries(
  RELATION_TYPES.map((type) => [type, createClaimOfType(type)]),
) as Record<RelationType, string>;

export const READ_SENTENCE = `
MATCH (s:Sentence {id: $sentenceId})
RETURN s.id AS id, s.documentId AS documentId, s.line AS line, s.text AS text`;

/**
 * The database schema, created idempotently (every statement is IF NOT EXISTS) on each start:
 * uniqueness constraints that double as MERGE lookups, indexes for the lookups the ingest and the
 * read queries make, and a uniqueness constraint on each claim type's id, so one claim is one
 * relationship. Relationship types cannot be parameters, so their statements are generated from
 * the fixed RELATION_TYPES list.
 */
import { RELATION_TYPES, type RelationType } from '../domain/types';
import type { Graph } from './driver/connection';
import { USER_SCHEMA_STATEMENTS } from './users/schema';
import { CURATION_SCHEMA_STATEMENTS } from './writes/curation/schema';

function claimStatements(type: RelationType): string[] {
  const name = type.toLowerCase();
  return [
    `CREATE CONSTRAINT claim_${name}_id IF NOT EXISTS FOR ()-[r:${type}]-() REQUIRE r.id IS UNIQUE`,
    `CREATE INDEX claim_${name}_document IF NOT EXISTS FOR ()-[r:${type}]-() ON (r.documentId)`,
    `CREATE INDEX claim_${name}_date IF NOT EXISTS FOR ()-[r:${type}]-() ON (r.date)`,
    `CREATE INDEX claim_${name}_date_gregorian IF NOT EXISTS FOR ()-[r:${type}]-() ON (r.dateGregorian)`,
  ];
}

/**
 * Search (graph/queries/search.ts) asks this index for candidates instead of reading every entity:
 * each spelling key (folded, transliterated: already lowercase) is split on whitespace only, so that
 * a word prefix of a key is a Lucene prefix query. Neo4j indexes a LIST<STRING> property element by element.
 */
export const ENTITY_KEYS_INDEX = 'entity_keys';
const ENTITY_KEYS_FULLTEXT_INDEX = `CREATE FULLTEXT INDEX ${ENTITY_KEYS_INDEX} IF NOT EXISTS FOR (e:Entity) ON EACH [e.keys] OPTIONS {indexConfig: {\`fulltext.analyzer\`: 'whitespace'}}`;

/** One named statement per constraint or index; names make them easy to find with SHOW CONSTRAINTS / SHOW INDEXES. */
export const SCHEMA_STATEMENTS: readonly string[] = [
  'CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE',
  'CREATE CONSTRAINT document_id IF NOT EXISTS FOR (d:Document) REQUIRE d.id IS UNIQUE',
  'CREATE CONSTRAINT sentence_id IF NOT EXISTS FOR (s:Sentence) REQUIRE s.id IS UNIQUE',
  'CREATE INDEX document_sha256 IF NOT EXISTS FOR (d:Document) ON (d.sha256)',
  'CREATE INDEX sentence_document IF NOT EXISTS FOR (s:Sentence) ON (s.documentId)',
  'CREATE INDEX entity_name IF NOT EXISTS FOR (e:Entity) ON (e.name)',
  'CREATE INDEX entity_type IF NOT EXISTS FOR (e:Entity) ON (e.type)',
  ENTITY_KEYS_FULLTEXT_INDEX,
  ...RELATION_TYPES.flatMap(claimStatements),
  ...USER_SCHEMA_STATEMENTS,
  ...CURATION_SCHEMA_STATEMENTS,
];

/**
 * Creates the constraints and indexes that are missing; leaves existing ones alone.
 *
 * @example
 *   await applySchema(graph);
 */
export async function applySchema(graph: Graph): Promise<void> {
  for (const statement of SCHEMA_STATEMENTS) {
    await graph.write(statement);
  }
  // A new index fills in the background; search must not miss entities stored before it existed.
  await graph.write('CALL db.awaitIndexes(300)');
}

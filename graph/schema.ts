/**
 * The database schema: uniqueness constraints that also serve as the lookup indexes for MERGE.
 * Every statement is `IF NOT EXISTS`, so applySchema runs safely on every start.
 */
import type { Graph } from './connection';

/** One named statement per constraint; names make them easy to find with SHOW CONSTRAINTS. */
export const SCHEMA_STATEMENTS: readonly string[] = [
  'CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE',
  'CREATE CONSTRAINT document_id IF NOT EXISTS FOR (d:Document) REQUIRE d.id IS UNIQUE',
  'CREATE CONSTRAINT sentence_id IF NOT EXISTS FOR (s:Sentence) REQUIRE s.id IS UNIQUE',
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
}

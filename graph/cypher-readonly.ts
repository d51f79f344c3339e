/**
 * Historians' own Cypher, run safely: in a READ-mode transaction (so Neo4j itself refuses any
 * write), with a server-side timeout and a row limit, after the guard in graph/cypher-guard.ts has
 * refused file access, admin commands and non-read procedures. Rows come back as plain JSON.
 */
import type { CypherResult } from '../domain/api';
import { InvalidInputError } from '../domain/errors';
import type { Graph } from './connection';
import { assertQueryAllowed } from './cypher-guard';

export const DEFAULT_TIMEOUT_MS = 5_000;
export const DEFAULT_MAX_ROWS = 1_000;
export const MAX_MAX_ROWS = 10_000;

export interface ReadOnlyQueryOptions {
  params?: Record<string, unknown>;
  timeoutMs?: number;
  maxRows?: number;
}

/**
 * @example
 * await runReadOnlyCypher(graph, 'MATCH (p:Person) RETURN p.name AS name', { maxRows: 2 })
 * // { columns: ['name'], rows: [{ name: 'Kerenski' }, { name: 'Lenin' }], truncated: true, elapsedMs: 4 }
 * @throws ForbiddenQueryError for a write, LOAD CSV, admin commands or procedures off the read list
 * @throws QueryTimeoutError when Neo4j stops the query at the timeout
 */
export async function runReadOnlyCypher(graph: Graph, cypher: string, options: ReadOnlyQueryOptions = {}): Promise<CypherResult> {
  assertQueryAllowed(cypher);
  const maxRows = options.maxRows ?? DEFAULT_MAX_ROWS;
  if (!Number.isInteger(maxRows) || maxRows < 1 || maxRows > MAX_MAX_ROWS) {
    throw new InvalidInputError(`maxRows must be an integer from 1 to ${MAX_MAX_ROWS}, got ${maxRows}`, { maxRows });
  }
  const started = performance.now();
  const result = await graph.readBounded(cypher, options.params ?? {}, {
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    maxRows,
  });
  return { ...result, elapsedMs: Math.round(performance.now() - started) };
}

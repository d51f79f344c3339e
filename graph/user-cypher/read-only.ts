/**
 * Historians' own Cypher, run safely: in a READ-mode transaction (so Neo4j itself refuses any
 * write), with a server-side timeout and a row limit, after the guard in graph/user-cypher/guard.ts has
 * refused file access, admin commands and non-read procedures. Rows come back as plain JSON, cut
 * at a row limit and at a byte limit on their JSON (the rows that fit are kept, `truncated` says so).
 */
import type { CypherResult } from '../../domain/api';
import { InvalidInputError } from '../../domain/errors';
import type { Graph, Row } from '../driver/connection';
import { assertQueryAllowed } from './guard';

export const DEFAULT_TIMEOUT_MS = 5_000;
export const DEFAULT_MAX_ROWS = 1_000;
export const MAX_MAX_ROWS = 10_000;
/** The most JSON a response carries: a few thousand rows of entities with their evidence sentences. */
export const DEFAULT_MAX_BYTES = 4 * 1024 * 1024;

export interface ReadOnlyQueryOptions {
  params?: Record<string, unknown>;
  timeoutMs?: number;
  maxRows?: number;
  maxBytes?: number;
}

/** The longest prefix of `rows` whose JSON fits in `maxBytes`, and whether any row was left out. */
function rowsWithinBytes(rows: Row[], maxBytes: number): { rows: Row[]; truncated: boolean } {
  let bytes = 0;
  for (let index = 0; index < rows.length; index += 1) {
    bytes += Buffer.byteLength(JSON.stringify(rows[index])) + 1;
    if (bytes > maxBytes) return { rows: rows.slice(0, index), truncated: true };
  }
  return { rows, truncated: false };
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
  const fitting = rowsWithinBytes(result.rows, options.maxBytes ?? DEFAULT_MAX_BYTES);
  return {
    columns: result.columns,
    rows: fitting.rows,
    truncated: result.truncated || fitting.truncated,
    elapsedMs: Math.round(performance.now() - started),
  };
}

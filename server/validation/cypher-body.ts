/** The body of POST /api/cypher: {query, params?, maxRows?}, checked before the query reaches Neo4j. */
import { InvalidInputError } from '../../domain/errors';
import { MAX_MAX_ROWS } from '../../graph/user-cypher/read-only';
import { assertKnownParams } from './query-params';

/** Longer than any query a historian types; guards the parser, not the database. */
export const MAX_CYPHER_LENGTH = 20_000;

export interface CypherRequest {
  query: string;
  params: Record<string, unknown>;
  maxRows?: number;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * @example parseCypherBody({ query: 'MATCH (p:Person) RETURN p.name', params: {} })
 * // { query: 'MATCH (p:Person) RETURN p.name', params: {} }
 * @throws InvalidInputError for a missing or empty query, non-object params, a bad maxRows or unknown fields
 */
export function parseCypherBody(body: unknown): CypherRequest {
  if (!isPlainObject(body)) {
    throw new InvalidInputError('Send a JSON object {"query": "...", "params": {...}} with Content-Type: application/json.');
  }
  assertKnownParams(body, ['query', 'params', 'maxRows']);
  const { query, params, maxRows } = body;
  if (typeof query !== 'string' || query.trim() === '') throw new InvalidInputError('"query" must be a non-empty string of Cypher.');
  if (query.length > MAX_CYPHER_LENGTH) throw new InvalidInputError(`"query" is longer than ${MAX_CYPHER_LENGTH} characters.`);
  if (params !== undefined && !isPlainObject(params)) throw new InvalidInputError('"params" must be a JSON object of query parameters.');
  if (maxRows !== undefined && (!Number.isInteger(maxRows) || (maxRows as number) < 1 || (maxRows as number) > MAX_MAX_ROWS)) {
    throw new InvalidInputError(`"maxRows" must be an integer from 1 to ${MAX_MAX_ROWS}.`, { maxRows });
  }
  return { query, params: params ?? {}, ...(maxRows === undefined ? {} : { maxRows: maxRows as number }) };
}

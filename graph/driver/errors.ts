/**
 * Turns neo4j-driver errors into the typed errors of domain/errors.ts, so that callers (and the HTTP
 * layer) branch on a class instead of on driver codes: unreachable → GraphUnavailableError, timed out →
 * QueryTimeoutError, a write inside a read transaction → ForbiddenQueryError, bad Cypher → InvalidInputError.
 * Anything else is a bug or a database fault and passes through unchanged.
 */
import {
  AllegianceError,
  ForbiddenQueryError,
  GraphUnavailableError,
  InvalidInputError,
  QueryTimeoutError,
} from '../../domain/errors';

/** DatabaseUnavailable: Neo4j answers but its database is shutting down or not yet started. */
const UNREACHABLE_CODES = new Set(['ServiceUnavailable', 'SessionExpired', 'Neo.TransientError.General.DatabaseUnavailable']);
const TIMEOUT_CODES = new Set([
  'Neo.ClientError.Transaction.TransactionTimedOut',
  'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
]);
const FORBIDDEN_CODES = new Set(['Neo.ClientError.Statement.AccessMode', 'Neo.ClientError.Security.Forbidden']);
const INVALID_PREFIXES = ['Neo.ClientError.Statement.', 'Neo.ClientError.Procedure.'];

/**
 * The error for a Neo4j that does not answer: the driver's reason, then what to do about it.
 *
 * @example
 *   unreachableError('bolt://127.0.0.1:7687', new Error('connect ECONNREFUSED'));
 *   // GraphUnavailableError('Cannot reach Neo4j at bolt://127.0.0.1:7687: connect ECONNREFUSED. Start Neo4j ...')
 */
export function unreachableError(uri: string, cause: unknown): GraphUnavailableError {
  const reason = sentence(cause instanceof Error ? cause.message : String(cause));
  return new GraphUnavailableError(
    `Cannot reach Neo4j at ${uri}: ${reason} Start Neo4j at ${uri} (\`npm run neo4j\`, or ` +
      '`docker compose up neo4j`), or unset NEO4J_URI so that `npm start` runs the embedded Neo4j itself.',
    { uri },
  );
}

/**
 * Maps one error thrown by the driver to a domain error (or returns it unchanged).
 *
 * @example
 *   try { await driver.executeQuery(cypher) } catch (e) { throw translateDriverError(e, uri) }
 */
export function translateDriverError(error: unknown, uri: string): unknown {
  if (error instanceof AllegianceError || !(error instanceof Error)) return error;
  const code = (error as { code?: unknown }).code;
  if (typeof code !== 'string') return error;
  if (UNREACHABLE_CODES.has(code)) {
    return unreachableError(uri, error);
  }
  if (code === 'Neo.ClientError.Security.Unauthorized') {
    return new GraphUnavailableError(
      `Neo4j at ${uri} rejected the credentials. Check NEO4J_USER and NEO4J_PASSWORD.`,
      { uri },
    );
  }
  if (TIMEOUT_CODES.has(code)) return new QueryTimeoutError(`The query took too long and was stopped: ${error.message}`);
  if (FORBIDDEN_CODES.has(code)) return new ForbiddenQueryError(error.message, { neo4jCode: code });
  if (INVALID_PREFIXES.some((prefix) => code.startsWith(prefix))) {
    return new InvalidInputError(error.message, { neo4jCode: code }, 'INVALID_QUERY');
  }
  return error;
}

/** Ends a driver message with a full stop, so that our advice reads as the next sentence. */
function sentence(message: string): string {
  return /[.!?]$/.test(message.trim()) ? message.trim() : `${message.trim()}.`;
}

/**
 * A small typed hierarchy of errors, so that callers branch on a class or a `code`
 * rather than on message text. The codes are a closed list and each has its HTTP status here, in an
 * exhaustive map: a new code does not compile until it has a status, and a misspelt one never does.
 */

/** The codes of invalid input: the generic one and the kinds a client may want to tell apart. */
export type InvalidInputCode = 'INVALID_INPUT' | 'INVALID_QUERY' | 'MALFORMED_JSON' | 'UNSUPPORTED_MEDIA_TYPE';

/** Every code the server sends in {"error": {"code"}}, with its HTTP status. */
export const HTTP_STATUS_BY_CODE = {
  INVALID_INPUT: 400,
  INVALID_QUERY: 400,
  MALFORMED_JSON: 400,
  UNSUPPORTED_MEDIA_TYPE: 400,
  FORBIDDEN_QUERY: 400,
  /** No session or token, or an expired or revoked one. */
  UNAUTHENTICATED: 401,
  /** Signed in, but the role does not allow it (or a cross-origin cookie write). */
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  QUERY_TIMEOUT: 408,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  RATE_LIMITED: 429,
  /** An unexpected failure; its message never leaves the server. */
  INTERNAL: 500,
  /** Java, Maven or the embedded build missing: a start-up failure, a 500 if it ever reaches a request. */
  ENVIRONMENT: 500,
  GRAPH_UNAVAILABLE: 503,
} as const satisfies Record<InvalidInputCode, 400> & Record<string, number>;

export type ServerErrorCode = keyof typeof HTTP_STATUS_BY_CODE;

/** A server code, or `HTTP_<status>` for an answer that came without one (a proxy's HTML error page, say). */
export type ErrorCode = ServerErrorCode | `HTTP_${number}`;

/**
 * @example isServerErrorCode('NOT_FOUND') // true
 * isServerErrorCode('NOT_FOUN') // false
 */
export function isServerErrorCode(code: unknown): code is ServerErrorCode {
  return typeof code === 'string' && Object.prototype.hasOwnProperty.call(HTTP_STATUS_BY_CODE, code);
}

/** @example isInvalidInputCode('MALFORMED_JSON') // true */
export function isInvalidInputCode(code: ErrorCode): code is InvalidInputCode {
  return code === 'INVALID_INPUT' || code === 'INVALID_QUERY' || code === 'MALFORMED_JSON' || code === 'UNSUPPORTED_MEDIA_TYPE';
}

export class AllegianceError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** The caller sent something we cannot use: an empty or binary file, a bad date, an unknown type. */
export class InvalidInputError extends AllegianceError {
  constructor(message: string, details?: Record<string, unknown>, code: InvalidInputCode = 'INVALID_INPUT') {
    super(code, message, details);
  }
}

/** The base of an error class that always carries one code, so each class below is one line. */
function withCode(code: Exclude<ServerErrorCode, InvalidInputCode | 'INTERNAL'>) {
  return class extends AllegianceError {
    constructor(message: string, details?: Record<string, unknown>) {
      super(code, message, details);
    }
  };
}

/** An input larger than we accept. */
export class PayloadTooLargeError extends withCode('PAYLOAD_TOO_LARGE') {}

export class NotFoundError extends withCode('NOT_FOUND') {}

/** The request needs a signed-in user (no session cookie or token, or an expired or revoked one). */
export class UnauthenticatedError extends withCode('UNAUTHENTICATED') {}

/** The signed-in user's role does not allow this, or a cookie-authenticated write came from another origin. */
export class ForbiddenError extends withCode('FORBIDDEN') {}

/** The change conflicts with the stored state: a name taken, a stale version, an undo that later changes depend on. */
export class ConflictError extends withCode('CONFLICT') {}

/** A read-only query tried to write, or a query was refused for safety. */
export class ForbiddenQueryError extends withCode('FORBIDDEN_QUERY') {}

export class QueryTimeoutError extends withCode('QUERY_TIMEOUT') {}

/** Neo4j cannot be reached, or Java/Maven needed to start it are missing. */
export class GraphUnavailableError extends withCode('GRAPH_UNAVAILABLE') {}

/** The local environment lacks something we need to run (Java, Maven, built jars). */
export class EnvironmentError extends withCode('ENVIRONMENT') {}

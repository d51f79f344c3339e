/**
 * A small typed hierarchy of errors, so that callers branch on a class or a `code`
 * rather than on message text. The HTTP layer maps each code to one status.
 */

export class AllegianceError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** The caller sent something we cannot use: an empty or binary file, a bad date, an unknown type. */
export class InvalidInputError extends AllegianceError {
  constructor(message: string, details?: Record<string, unknown>, code = 'INVALID_INPUT') {
    super(code, message, details);
  }
}

/** An input larger than we accept. */
export class PayloadTooLargeError extends AllegianceError {
  constructor(message: string, details?: Record<string, unknown>) {
    super('PAYLOAD_TOO_LARGE', message, details);
  }
}

export class NotFoundError extends AllegianceError {
  constructor(message: string, details?: Record<string, unknown>) {
    super('NOT_FOUND', message, details);
  }
}

/** The request needs a signed-in user (no session cookie or token, or an expired or revoked one). */
export class UnauthenticatedError extends AllegianceError {
  constructor(message: string, details?: Record<string, unknown>) {
    super('UNAUTHENTICATED', message, details);
  }
}

/** The signed-in user's role does not allow this, or a cookie-authenticated write came from another origin. */
export class ForbiddenError extends AllegianceError {
  constructor(message: string, details?: Record<string, unknown>) {
    super('FORBIDDEN', message, details);
  }
}

/** The change conflicts with the stored state: a name taken, a stale version, an undo that later changes depend on. */
export class ConflictError extends AllegianceError {
  constructor(message: string, details?: Record<string, unknown>) {
    super('CONFLICT', message, details);
  }
}

/** A read-only query tried to write, or a query was refused for safety. */
export class ForbiddenQueryError extends AllegianceError {
  constructor(message: string, details?: Record<string, unknown>) {
    super('FORBIDDEN_QUERY', message, details);
  }
}

export class QueryTimeoutError extends AllegianceError {
  constructor(message: string, details?: Record<string, unknown>) {
    super('QUERY_TIMEOUT', message, details);
  }
}

/** Neo4j cannot be reached, or Java/Maven needed to start it are missing. */
export class GraphUnavailableError extends AllegianceError {
  constructor(message: string, details?: Record<string, unknown>) {
    super('GRAPH_UNAVAILABLE', message, details);
  }
}

/** The local environment lacks something we need to run (Java, Maven, built jars). */
export class EnvironmentError extends AllegianceError {
  constructor(message: string, details?: Record<string, unknown>) {
    super('ENVIRONMENT', message, details);
  }
}

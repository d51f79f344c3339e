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

/**
 * The one place where errors become HTTP responses: each AllegianceError code has its status in
 * domain/errors.ts, and the body is always {"error": {"code", "message"}}. Anything unexpected is a 500 whose message says
 * nothing about the internals (no stack trace leaves the server); it is logged instead.
 */
import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { ErrorBody } from '../domain/api';
import { AllegianceError, HTTP_STATUS_BY_CODE, isServerErrorCode, NotFoundError } from '../domain/errors';

const INTERNAL_ERROR: ErrorBody = {
  error: { code: 'INTERNAL', message: 'Something went wrong on the server; the error has been logged.' },
};

/**
 * The HTTP status for an error: by its code (domain/errors.ts), else 500.
 *
 * @example
 *   httpStatusOf(new NotFoundError('No entity "x"')); // 404
 */
export function httpStatusOf(error: unknown): number {
  if (!(error instanceof AllegianceError)) return 500;
  return isServerErrorCode(error.code) ? HTTP_STATUS_BY_CODE[error.code] : 500;
}

/**
 * The JSON body for an error; a 500 never carries the original message.
 *
 * @example
 *   errorBodyOf(new NotFoundError('No entity "x"')); // { error: { code: 'NOT_FOUND', message: 'No entity "x"' } }
 */
export function errorBodyOf(error: unknown): ErrorBody {
  if (!(error instanceof AllegianceError) || httpStatusOf(error) === 500) return INTERNAL_ERROR;
  const body: ErrorBody = { error: { code: error.code, message: error.message } };
  if (error.details !== undefined) body.error.details = error.details;
  return body;
}

export type ErrorLogger = (error: unknown) => void;

/**
 * Express error middleware; mount it last.
 *
 * @example
 *   app.use(errorHandler());
 */
export function errorHandler(logUnexpected: ErrorLogger = (error) => console.error(error)): ErrorRequestHandler {
  return (error, _req, res, next) => {
    if (res.headersSent) {
      next(error);
      return;
    }
    const status = httpStatusOf(error);
    if (status === 500) logUnexpected(error);
    res.status(status).json(errorBodyOf(error));
  };
}

/**
 * Answers requests no API route matched with a JSON 404 (instead of Express's HTML page).
 *
 * @example
 *   app.use('/api', apiNotFound());
 */
export function apiNotFound(): RequestHandler {
  return (req, _res, next) => {
    next(new NotFoundError(`No API route for ${req.method} ${req.originalUrl}`));
  };
}

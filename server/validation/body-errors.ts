/**
 * Body parsers (express.json, express.raw, multer) fail with their own error shapes; this turns
 * them into the domain's typed errors so the JSON error middleware answers with a clear message
 * (malformed JSON → 400, too large → 413) instead of Express's HTML page or a 500.
 */
import type { ErrorRequestHandler } from 'express';
import { MulterError } from 'multer';
import { AllegianceError, InvalidInputError, PayloadTooLargeError } from '../../domain/errors';

interface BodyParserError {
  type?: unknown;
  limit?: unknown;
  length?: unknown;
  charset?: unknown;
}

const MULTER_MESSAGES: Record<string, string> = {
  LIMIT_FILE_COUNT: 'Upload exactly one file, in the "file" field.',
  LIMIT_UNEXPECTED_FILE: 'Upload exactly one file, in the "file" field.',
  LIMIT_FIELD_COUNT: 'Too many form fields: send only "file", "title" and "language".',
  LIMIT_PART_COUNT: 'Too many form parts: send only "file", "title" and "language".',
  LIMIT_FIELD_KEY: 'A form field name is too long.',
  LIMIT_FIELD_VALUE: 'A form field value is too long.',
};

/** What busboy (under multer) says about a broken multipart body. */
const MALFORMED_MULTIPART = /^(Unexpected end of form|Malformed part header|Multipart: Boundary not found|Unexpected end of multipart data)/;

/**
 * Maps a body-parsing failure to an AllegianceError; other errors pass through unchanged.
 * @example toBodyError(Object.assign(new SyntaxError('Unexpected token'), { type: 'entity.parse.failed' }))
 * // InvalidInputError('The request body is not valid JSON: Unexpected token')
 */
export function toBodyError(error: unknown): unknown {
  if (error instanceof AllegianceError) return error;
  if (error instanceof MulterError) {
    if (error.code === 'LIMIT_FILE_SIZE') return new PayloadTooLargeError('The uploaded file is larger than the upload limit.');
    return new InvalidInputError(MULTER_MESSAGES[error.code] ?? `The multipart upload is malformed: ${error.message}`, {
      multer: error.code,
    });
  }
  const parserError = error as BodyParserError;
  switch (parserError.type) {
    case 'entity.parse.failed':
      return new InvalidInputError(`The request body is not valid JSON: ${(error as Error).message}`, undefined, 'MALFORMED_JSON');
    case 'entity.too.large':
      return new PayloadTooLargeError(`The request body is larger than the limit of ${String(parserError.limit)} bytes.`, {
        limit: parserError.limit,
        length: parserError.length,
      });
    case 'encoding.unsupported':
    case 'charset.unsupported':
      return new InvalidInputError(`The request body's encoding or charset is not supported: ${(error as Error).message}`);
    case 'request.aborted':
      return new InvalidInputError('The request was aborted before its body was read.');
    default:
      if (error instanceof Error && MALFORMED_MULTIPART.test(error.message)) {
        return new InvalidInputError(`The multipart upload is malformed: ${error.message}`);
      }
      return error;
  }
}

/** Error middleware placed after the body parsers: translates, then hands over to the JSON error handler. */
export const translateBodyErrors: ErrorRequestHandler = (error, _req, _res, next) => {
  next(toBodyError(error));
};

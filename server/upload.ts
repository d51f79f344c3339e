/**
 * Reading a document upload for POST /api/documents: either the document itself as a text/plain body
 * (title and language in the query string) or a multipart form with one "file" field and "title"
 * and "language" fields. Both are held in memory up to a size limit (413 beyond it). Without a title,
 * the file name gives it, or else the text's first line. The bytes are read (text, PDF or .docx) by
 * the extraction worker before anything touches the graph, so a file that cannot be read is refused
 * with a 400 or 413 and nothing is stored.
 */
import express, { type ErrorRequestHandler, type Request, type RequestHandler } from 'express';
import multer from 'multer';
import { InvalidInputError } from '../domain/errors';
import type { Language } from '../domain/types';
import { documentFormatOf } from '../ingest/formats';
import { decodeText } from '../ingest/input';
import { translateBodyErrors } from './validation/body-errors';
import { assertKnownParams, optionalChoice, optionalString, type QueryInput } from './validation/query-params';

/** The sample corpus is about 210 kB; a whole book in plain text rarely passes 5 MB. */
export const DEFAULT_MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
const MAX_TITLE_LENGTH = 300;
export const UPLOAD_FIELDS = ['title', 'language'] as const;

export interface DocumentUpload {
  /** The bytes as received (not yet read), for extraction and the sha256 that recognises an unchanged document. */
  bytes: Uint8Array;
  title: string;
  language?: Language;
}

/**
 * The body parsers for an upload, in order: a text/plain body, or a multipart form with one file.
 * @example router.post('/documents', ...uploadParsers(1_000_000), handler)
 */
export function uploadParsers(maxBytes = DEFAULT_MAX_UPLOAD_BYTES): (RequestHandler | ErrorRequestHandler)[] {
  const multipart = multer({
    storage: multer.memoryStorage(),
    // Browsers send file names as UTF-8 ("Från oktober.pdf"); busboy would read them as Latin-1.
    defParamCharset: 'utf8',
    limits: { fileSize: maxBytes, files: 1, fields: UPLOAD_FIELDS.length, parts: UPLOAD_FIELDS.length + 1, fieldSize: 4 * MAX_TITLE_LENGTH },
  });
  return [express.raw({ type: 'text/plain', limit: maxBytes }), multipart.single('file'), translateBodyErrors];
}

/** A first line longer than this is cut at a word for a title. */
const FIRST_LINE_TITLE_LENGTH = 100;
/** The first line is looked for within the first bytes only. */
const FIRST_LINE_BYTES = 4096;

/** The first non-blank line of a plain-text document, cut to a title's length. */
function firstLineOf(bytes: Uint8Array): string | undefined {
  if (bytes.length === 0 || documentFormatOf(bytes) !== 'text') return undefined;
  const head = bytes.subarray(0, FIRST_LINE_BYTES);
  const lastNewline = head.lastIndexOf(0x0a);
  const line = decodeText(lastNewline > 0 && bytes.length > FIRST_LINE_BYTES ? head.subarray(0, lastNewline) : head)
    .split('\n')
    .map((text) => text.trim())
    .find((text) => /\p{L}/u.test(text));
  if (line === undefined || line.length <= FIRST_LINE_TITLE_LENGTH) return line;
  return line.slice(0, FIRST_LINE_TITLE_LENGTH).replace(/\s+\S*$/, '') + '…';
}

function titleFrom(value: string | undefined, fileName: string | undefined, bytes: Uint8Array): string {
  const title = (value ?? fileName?.replace(/\.[^.]+$/, '') ?? firstLineOf(bytes) ?? '').trim();
  if (title === '') {
    throw new InvalidInputError('A title is required for this file: give "title" (a form field, or ?title= with a text/plain body).', { missing: 'title' });
  }
  if (title.length > MAX_TITLE_LENGTH) throw new InvalidInputError(`The title is longer than ${MAX_TITLE_LENGTH} characters.`);
  return title;
}

/** The Content-Type without parameters, lower-cased ('' when absent); req.is() would say null for an empty body. */
function mediaTypeOf(req: Request): string {
  return (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
}

/** Refuses an empty body at once; everything else about the bytes is judged when they are read. */
function nonEmpty(bytes: Uint8Array): Uint8Array {
  if (bytes.length === 0) throw new InvalidInputError('The document is empty.', { reason: 'empty' });
  return bytes;
}

function languageFrom(fields: QueryInput): Language | undefined {
  return optionalChoice(fields, 'language', ['sv', 'en'] as const);
}

/**
 * The upload after `uploadParsers` ran, decoded and checked.
 * @throws InvalidInputError for another content type, a missing file, an empty body, or no title to be found
 * @example const upload = readDocumentUpload(req); // { bytes, title: 'Brest', language: 'sv' }
 */
export function readDocumentUpload(req: Request): DocumentUpload {
  const mediaType = mediaTypeOf(req);
  if (mediaType === 'multipart/form-data') {
    const fields = (req.body ?? {}) as QueryInput;
    assertKnownParams(fields, UPLOAD_FIELDS);
    assertKnownParams(req.query as QueryInput, []);
    if (!req.file) throw new InvalidInputError('The multipart upload has no file: send it in the "file" field.', { missing: 'file' });
    const bytes = new Uint8Array(req.file.buffer);
    return { bytes: nonEmpty(bytes), title: titleFrom(optionalString(fields, 'title'), req.file.originalname, bytes), language: languageFrom(fields) };
  }
  if (mediaType === 'text/plain') {
    const query = req.query as QueryInput;
    assertKnownParams(query, UPLOAD_FIELDS);
    const bytes = Buffer.isBuffer(req.body) ? new Uint8Array(req.body) : new Uint8Array();
    return { bytes: nonEmpty(bytes), title: titleFrom(optionalString(query, 'title'), undefined, nonEmpty(bytes)), language: languageFrom(query) };
  }
  throw new InvalidInputError(
    `Send the document as text/plain or multipart/form-data, not ${req.headers['content-type'] ?? 'without a Content-Type'}.`,
    { contentType: req.headers['content-type'] ?? null },
    'UNSUPPORTED_MEDIA_TYPE',
  );
}

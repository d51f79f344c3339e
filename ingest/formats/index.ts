/**
 * From an uploaded file's bytes to its text, whatever its format: plain text (UTF-8, or Windows-1252
 * and Latin-1 when detected with confidence), the text layer of a PDF, or a Word (.docx) document.
 * The format is told by the bytes themselves (a PDF starts with "%PDF-", a .docx is a zip), so a
 * misnamed file is still read as what it is; the file name only names the format in messages.
 */
import { InvalidInputError } from '../../domain/errors';
import { decodeText } from '../input';
import { readDocxText } from './docx';
import { readLimits, type ReadLimits } from './limits';
import { readPdfText } from './pdf';

export type DocumentFormat = 'text' | 'pdf' | 'docx';

const startsWith = (bytes: Uint8Array, prefix: readonly number[]): boolean => prefix.every((byte, i) => bytes[i] === byte);
const PDF_MAGIC = [...'%PDF-'].map((c) => c.charCodeAt(0));
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
/** The old binary Word format (an OLE compound file): named, since people will try it. */
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/**
 * @example documentFormatOf(bytes) // 'pdf'
 */
export function documentFormatOf(bytes: Uint8Array): DocumentFormat {
  // A PDF may have a few bytes of junk before its header; readers accept it within the first kilobyte.
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  if (startsWith(bytes, PDF_MAGIC) || head.includes('%PDF-')) return 'pdf';
  if (startsWith(bytes, ZIP_MAGIC)) return 'docx';
  if (startsWith(bytes, OLE_MAGIC)) {
    throw new InvalidInputError('This is an old binary Word (.doc) file; save it as .docx, .pdf or plain text and upload that.', { reason: 'doc' });
  }
  return 'text';
}

/** Refuses text without a single word: nothing to extract from it. */
function withWords(text: string): string {
  if (!/\p{L}/u.test(text)) {
    throw new InvalidInputError('The document has no sentences: it contains no words, only punctuation, digits or symbols.', {
      reason: 'no-sentences',
    });
  }
  return text;
}

/**
 * The text of a document in any supported format.
 * @throws InvalidInputError (400) for what cannot be read, PayloadTooLargeError (413) past the limits
 * @example await readDocumentText(await readFile('brest.pdf')) // 'Den 25 oktober ...'
 */
export async function readDocumentText(bytes: Uint8Array, limits: Partial<ReadLimits> = {}): Promise<string> {
  const filled = readLimits(limits);
  switch (documentFormatOf(bytes)) {
    case 'pdf':
      return withWords(await readPdfText(bytes, filled));
    case 'docx':
      return withWords(await readDocxText(bytes, filled));
    case 'text':
      return withWords(decodeText(bytes));
  }
}

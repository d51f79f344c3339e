/**
 * The text layer of a PDF, read with pdf.js (Mozilla's reader), page by page. A scanned PDF has
 * no text layer, and an encrypted one cannot be opened without its password: both are refused with
 * what to do about it. A PDF with more pages than the limit is refused before any page is read.
 */
import { InvalidInputError, PayloadTooLargeError } from '../../domain/errors';
import type { ReadLimits } from './limits';

/** pdf.js ships as an ES module only; a dynamic import loads it from CommonJS. */
type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let pdfjs: Promise<PdfJs> | undefined;
const loadPdfJs = (): Promise<PdfJs> => (pdfjs ??= import('pdfjs-dist/legacy/build/pdf.mjs'));

interface TextItemLike {
  str?: string;
  hasEOL?: boolean;
}

/** One page's words as lines: pdf.js marks the end of each line of text with hasEOL. */
function pageText(items: readonly TextItemLike[]): string {
  return items.map((item) => (item.str ?? '') + (item.hasEOL ? '\n' : '')).join('');
}

async function openPdf(lib: PdfJs, bytes: Uint8Array) {
  // pdf.js takes ownership of (detaches) the buffer it is given, so it gets a copy.
  const task = lib.getDocument({ data: bytes.slice(), isEvalSupported: false, disableFontFace: true, verbosity: 0, stopAtErrors: false });
  try {
    return await task.promise;
  } catch (error) {
    const name = (error as { name?: string } | null)?.name;
    if (name === 'PasswordException') {
      throw new InvalidInputError('This PDF is encrypted with a password; save an unprotected copy and upload that.', { reason: 'encrypted' });
    }
    throw new InvalidInputError(`This file is not a PDF pdf.js can read: ${(error as Error).message}`, { reason: 'malformed-pdf' });
  }
}

/**
 * The PDF's text, one line per line of its text layer, pages separated by a blank line.
 * @throws InvalidInputError when encrypted, malformed or without a text layer; PayloadTooLargeError past the limits
 * @example await readPdfText(bytes, DEFAULT_READ_LIMITS) // 'Den 25 oktober ...\n\n...'
 */
export async function readPdfText(bytes: Uint8Array, limits: ReadLimits): Promise<string> {
  const document = await openPdf(await loadPdfJs(), bytes);
  try {
    if (document.numPages > limits.maxPdfPages) {
      throw new PayloadTooLargeError(`This PDF has ${document.numPages} pages; the limit is ${limits.maxPdfPages}. Split it and upload the parts.`, {
        pages: document.numPages,
        limit: limits.maxPdfPages,
      });
    }
    const pages: string[] = [];
    let chars = 0;
    for (let number = 1; number <= document.numPages; number += 1) {
      const page = await document.getPage(number);
      const text = pageText((await page.getTextContent()).items as TextItemLike[]);
      page.cleanup();
      chars += text.length;
      if (chars > limits.maxTextChars) {
        throw new PayloadTooLargeError(`This PDF holds more than ${limits.maxTextChars} characters of text.`, { limit: limits.maxTextChars });
      }
      pages.push(text);
    }
    const text = pages.join('\n\n');
    if (!/\p{L}/u.test(text)) {
      throw new InvalidInputError('this PDF has no text layer; run OCR first', { reason: 'no-text-layer' });
    }
    return text;
  } finally {
    await document.destroy();
  }
}

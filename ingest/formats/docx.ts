/**
 * The text of a Word (.docx) file, read with mammoth. A .docx is a zip, and a zip can inflate a
 * thousandfold: before mammoth opens it, the sizes its entries declare are summed (yauzl reads the
 * central directory without inflating anything) and a file past the limits is refused.
 */
import mammoth from 'mammoth';
import yauzl from 'yauzl';
import { InvalidInputError, PayloadTooLargeError } from '../../domain/errors';
import type { ReadLimits } from './limits';

interface ZipSummary {
  entries: number;
  inflatedBytes: number;
  hasDocument: boolean;
}

/** Reads the zip's central directory only: entry count, declared inflated sizes, whether word/document.xml is there. */
function summariseZip(bytes: Uint8Array, limits: ReadLimits): Promise<ZipSummary> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(Buffer.from(bytes), { lazyEntries: true, validateEntrySizes: true }, (error, zip) => {
      if (error || !zip) {
        reject(new InvalidInputError(`This Word file is not a readable zip: ${error?.message ?? 'no entries'}`, { reason: 'malformed-docx' }));
        return;
      }
      const summary: ZipSummary = { entries: 0, inflatedBytes: 0, hasDocument: false };
      zip.on('entry', (entry: yauzl.Entry) => {
        summary.entries += 1;
        summary.inflatedBytes += entry.uncompressedSize;
        summary.hasDocument ||= entry.fileName === 'word/document.xml';
        if (summary.entries > limits.maxDocxEntries || summary.inflatedBytes > limits.maxDocxInflatedBytes) {
          zip.close();
          reject(
            new PayloadTooLargeError(
              `This Word file inflates past the limits (${limits.maxDocxEntries} entries, ${limits.maxDocxInflatedBytes} bytes); it may be a zip bomb.`,
              { reason: 'zip-bomb', entries: summary.entries, inflatedBytes: summary.inflatedBytes },
            ),
          );
          return;
        }
        zip.readEntry();
      });
      zip.on('end', () => resolve(summary));
      zip.on('error', (zipError: Error) => reject(new InvalidInputError(`This Word file is not a readable zip: ${zipError.message}`, { reason: 'malformed-docx' })));
      zip.readEntry();
    });
  });
}

/**
 * The document's text, one paragraph per line (mammoth's raw text).
 * @throws InvalidInputError when not a Word document or without text; PayloadTooLargeError past the limits
 * @example await readDocxText(bytes, DEFAULT_READ_LIMITS) // 'Den 25 oktober ...\n\n...'
 */
export async function readDocxText(bytes: Uint8Array, limits: ReadLimits): Promise<string> {
  const summary = await summariseZip(bytes, limits);
  if (!summary.hasDocument) {
    throw new InvalidInputError('This zip file is not a Word document (it has no word/document.xml).', { reason: 'not-docx' });
  }
  let text: string;
  try {
    text = (await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value;
  } catch (error) {
    throw new InvalidInputError(`This Word file cannot be read: ${(error as Error).message}`, { reason: 'malformed-docx' });
  }
  if (text.length > limits.maxTextChars) {
    throw new PayloadTooLargeError(`This Word file holds more than ${limits.maxTextChars} characters of text.`, { limit: limits.maxTextChars });
  }
  if (!/\p{L}/u.test(text)) throw new InvalidInputError('This Word file contains no text.', { reason: 'no-sentences' });
  return text;
}

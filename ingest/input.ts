/**
 * The gate every document passes first: bytes in, trustworthy text out.
 *
 * Users upload whatever they have, so we refuse early and say why — an empty file, a binary
 * file or a file in a legacy 8-bit encoding — rather than extracting nonsense from it later.
 */
import chardet from 'chardet';
import { InvalidInputError } from '../domain/errors';

/** Above this share of control characters (other than tab, newline, carriage return, form feed) a file is binary. */
const MAX_CONTROL_SHARE = 0.02;
/** How many leading bytes are enough to judge binary content. */
const SNIFF_BYTES = 64 * 1024;

function isControlByte(byte: number): boolean {
  return (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c) || byte === 0x7f;
}

function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, SNIFF_BYTES);
  let controls = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if (isControlByte(byte)) controls += 1;
  }
  return controls / sample.length > MAX_CONTROL_SHARE;
}

/** Names the 8-bit encoding the bytes most likely are in, for the error message. */
function guessLegacyEncoding(bytes: Uint8Array): string {
  const guess = chardet.detect(bytes.subarray(0, SNIFF_BYTES));
  if (guess && !/^UTF-/i.test(guess)) return guess === 'ISO-8859-1' ? 'Latin-1 (ISO-8859-1) or Windows-1252' : guess;
  return 'Latin-1 (ISO-8859-1) or Windows-1252';
}

/**
 * Decodes a document as UTF-8, stripping a byte-order mark.
 * Throws `InvalidInputError` for empty or whitespace-only input, binary content and invalid UTF-8.
 *
 * @example
 * decodeText(new TextEncoder().encode('\uFEFFDen 25 oktober.')) // 'Den 25 oktober.'
 * decodeText(new Uint8Array([0x48, 0xe4, 0x6a])) // throws: not valid UTF-8 (looks like Latin-1 ...)
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes.length === 0) throw new InvalidInputError('The document is empty.', { reason: 'empty' });
  if (looksBinary(bytes)) {
    throw new InvalidInputError('The document is a binary file, not text (it contains NUL or control bytes).', {
      reason: 'binary',
    });
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    const encoding = guessLegacyEncoding(bytes);
    throw new InvalidInputError(
      `The document is not valid UTF-8; it looks like ${encoding}. ` +
        `Convert it first, e.g. \`iconv -f WINDOWS-1252 -t UTF-8 in.txt > out.txt\`.`,
      { reason: 'encoding', guess: encoding },
    );
  }
  if (text.trim() === '') {
    throw new InvalidInputError('The document contains only whitespace.', { reason: 'empty' });
  }
  return text;
}

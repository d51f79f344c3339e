/**
 * The gate every document passes first: bytes in, trustworthy text out.
 *
 * Users upload whatever they have, so we refuse early and say why — an empty file, a binary
 * file or a file in an encoding we cannot name with confidence — rather than extracting nonsense
 * from it later. Archives often hold Windows-1252 or Latin-1 files: those are decoded when the
 * detector is confident, since guessing wrong would only swap a few accented letters.
 */
import chardet from 'chardet';
import iconv from 'iconv-lite';
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

/** The detector's confidence (0-100) from which a Western single-byte guess is trusted. */
const MIN_LEGACY_CONFIDENCE = 50;
/** Latin-1 is a subset of Windows-1252 for printable text (the WHATWG decoder treats them as one; Node's maps 0x80-0x9F to controls, so iconv-lite decodes). */
const WESTERN_ENCODINGS = new Set(['ISO-8859-1', 'windows-1252']);

/** The detector's best guess for non-UTF-8 bytes, with its confidence. */
function guessLegacyEncoding(bytes: Uint8Array): { name: string; confidence: number } | undefined {
  const [best] = chardet.analyse(bytes.subarray(0, SNIFF_BYTES)).filter((match) => !/^UTF-/i.test(match.name));
  return best ? { name: best.name, confidence: best.confidence } : undefined;
}

function decodeLegacy(bytes: Uint8Array): string {
  const guess = guessLegacyEncoding(bytes);
  if (guess && WESTERN_ENCODINGS.has(guess.name) && guess.confidence >= MIN_LEGACY_CONFIDENCE) {
    return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), 'win1252');
  }
  const named = !guess
    ? 'an encoding we cannot tell'
    : guess.confidence >= MIN_LEGACY_CONFIDENCE
      ? guess.name
      : `${guess.name}, but not with confidence (${guess.confidence}%)`;
  throw new InvalidInputError(
    `The document is not valid UTF-8; it looks like ${named}. ` + `Convert it to UTF-8 first, e.g. \`iconv -f ENCODING -t UTF-8 in.txt > out.txt\`.`,
    { reason: 'encoding', guess: guess?.name ?? null, confidence: guess?.confidence ?? null },
  );
}

/**
 * Decodes a document as UTF-8 (stripping a byte-order mark), or as Windows-1252 when it is not UTF-8
 * and the detector is confident it is Windows-1252 or Latin-1.
 * Throws `InvalidInputError` for empty or whitespace-only input, binary content and other encodings.
 *
 * @example
 * decodeText(new TextEncoder().encode('\uFEFFDen 25 oktober.')) // 'Den 25 oktober.'
 * decodeText(new Uint8Array([0x48, 0xe4, 0x72, 0x20, 0xe4, 0x72])) // 'Här är' (Latin-1)
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
    text = decodeLegacy(bytes);
  }
  if (text.trim() === '') {
    throw new InvalidInputError('The document contains only whitespace.', { reason: 'empty' });
  }
  return text;
}

/**
 * The extractor fuzzed with hostile text: random bytes, huge lines, nothing but punctuation, and a
 * name repeated thousands of times. Each case must end with an Extraction or a clear
 * InvalidInputError (never another exception, never a hang: Jest's timeout fails a hang), and the
 * CLI must answer bad bytes with one line on stderr and exit code 2.
 */
import iconv from 'iconv-lite';
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { InvalidInputError } from '../../domain/errors';
import type { Extraction } from '../../domain/types';
import { decodeText } from '../../ingest/input';
import { extract } from '../../ingest/pipeline';
import { MAX_SENTENCE_WORDS } from '../../ingest/segment';

jest.setTimeout(120_000);

/** A deterministic byte generator (xorshift32), so a failing case can be replayed from its seed. */
function randomBytes(seed: number, length: number): Uint8Array {
  const bytes = new Uint8Array(length);
  let state = seed || 1;
  for (let index = 0; index < length; index += 1) {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    bytes[index] = state & 0xff;
  }
  return bytes;
}

/** Decodes and extracts like the CLI and the upload do; returns the Extraction or the InvalidInputError. */
function extractBytes(bytes: Uint8Array): Extraction | InvalidInputError {
  try {
    return extract(decodeText(bytes));
  } catch (error) {
    if (error instanceof InvalidInputError) return error;
    throw error;
  }
}

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);
const PUNCTUATION = '.,;:!?¿¡()[]{}«»„“”‘’\'"-–—…/\\|*&^%$#@~`+=<>§°';

const cases: [label: string, bytes: () => Uint8Array, expected: 'extraction' | 'invalid'][] = [
  ['random bytes, seed 1', () => randomBytes(1, 64 * 1024), 'invalid'],
  ['random bytes, seed 7', () => randomBytes(7, 4096), 'invalid'],
  ['random bytes without NUL or controls (high bytes: not UTF-8)', () => randomBytes(3, 8192).map((byte) => 0x80 | byte), 'invalid'],
  ['random printable ASCII', () => randomBytes(11, 32 * 1024).map((byte) => 0x20 + (byte % 95)), 'extraction'],
  ['one 1 MB line of letters', () => encode('a'.repeat(1024 * 1024)), 'extraction'],
  ['one 200 kB line of words and full stops', () => encode('Lenin talade. '.repeat(15_000)), 'extraction'],
  ['only punctuation, 100 kB', () => encode(PUNCTUATION.repeat(2_000)), 'extraction'],
  ['only punctuation, one per line', () => encode([...PUNCTUATION].join('\n').repeat(200)), 'extraction'],
  ['a name repeated 2,000 times in one sentence', () => encode('Lenin '.repeat(2_000)), 'extraction'],
  ['a name repeated 20,000 times, one sentence each', () => encode('Lenin motsatte sig Kerenskij. '.repeat(20_000)), 'extraction'],
  ['a name nested in titles and genitives', () => encode('kamrat Lenins Lenins Lenins '.repeat(500) + 'Lenin.'), 'extraction'],
  ['only whitespace and a BOM', () => encode('\uFEFF \n\t\r\n   '), 'invalid'],
  ['NUL bytes inside text', () => encode('Lenin\u0000Trotskij'), 'invalid'],
  ['Latin-1 Swedish (decoded: told with confidence)', () => Uint8Array.from([0x48, 0xe4, 0x72, 0x20, 0xe4, 0x72, 0x20, 0x4c, 0xf6, 0x6e, 0x2e]), 'extraction'],
  ['KOI8-R Russian (refused: not told with confidence)', () => Uint8Array.from(iconv.encode('Это русский текст о революции в Петрограде в октябре.', 'koi8-r')), 'invalid'],
  ['zero-width and combining characters only', () => encode('\u200b\u200c\u0301\u0308'.repeat(10_000)), 'extraction'],
  ['right-to-left and emoji noise', () => encode('\u202e Lenin 🙂 \u202d Trotskij. '.repeat(2_000)), 'extraction'],
];

describe('the extractor on hostile text gives an Extraction or an InvalidInputError', () => {
  test.each(cases)('%s', (_label, bytes, expected) => {
    const outcome = extractBytes(bytes());
    if (expected === 'invalid') {
      expect(outcome).toBeInstanceOf(InvalidInputError);
      expect((outcome as InvalidInputError).message).not.toBe('');
    } else {
      expect(outcome).not.toBeInstanceOf(InvalidInputError);
      const extraction = outcome as Extraction;
      expect(Array.isArray(extraction.entities)).toBe(true);
      expect(Array.isArray(extraction.relations)).toBe(true);
    }
  });
});

describe('a 20,000-word sentence without a full stop extracts in bounded work', () => {
  const wordsIn = (text: string): number => text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
  const cases: [label: string, text: string][] = [
    ['a relation repeated', 'Kerenski bekämpade bolsjevikerna och '.repeat(5_000)],
    ['names and function words, no punctuation', 'Lenin och Trotskij talade i Petrograd till arbetarna om '.repeat(2_000)],
  ];
  test.each(cases)('%s: cut into sentences of at most MAX_SENTENCE_WORDS words', (_label, text) => {
    const extraction = extract(text, { language: 'sv' });
    expect(extraction.stats?.sentences).toBeGreaterThanOrEqual(Math.ceil(wordsIn(text) / MAX_SENTENCE_WORDS));
    for (const sentence of extraction.sentences ?? []) expect(wordsIn(sentence.text)).toBeLessThanOrEqual(MAX_SENTENCE_WORDS);
    for (const relation of extraction.relations) expect(text).toContain(relation.evidence);
  });
});

describe('npm run extract on bad bytes: one line on stderr, exit code 2, nothing on stdout', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'allegiance-fuzz-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  const cliCases: [label: string, bytes: Uint8Array][] = [
    ['random bytes', randomBytes(5, 16 * 1024)],
    ['KOI8-R text', Uint8Array.from(iconv.encode('Это русский текст о революции в Петрограде в октябре.', 'koi8-r'))],
    ['an empty file', new Uint8Array()],
  ];

  test.each(cliCases)('%s', async (label, bytes) => {
    const file = path.join(dir, `${label.replace(/\W+/g, '-')}.txt`);
    await writeFile(file, bytes);
    const run = spawnSync(process.execPath, ['--import', 'tsx', path.resolve(__dirname, '../../bin/extract.ts'), file], {
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });
});

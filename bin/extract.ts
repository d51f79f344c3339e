/**
 * `npm run --silent extract -- FILE [--lang sv|en] [--min-confidence X]`: prints the Extraction of FILE as one JSON
 * object on stdout. The evaluation depends on this contract, so it is kept exact: any bad
 * input (missing, empty, binary or non-UTF-8 file, unknown flag) is one line on stderr, exit
 * code 2 and nothing on stdout.
 */
import { readFileSync, statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { Language } from '../domain/types';
import { AllegianceError, InvalidInputError } from '../domain/errors';
import { decodeText } from '../ingest/input';
import { extract } from '../ingest/pipeline';

const USAGE = 'usage: npm run --silent extract -- FILE [--lang sv|en] [--min-confidence X]';
const LANGUAGES: readonly Language[] = ['sv', 'en'];
const EXIT_BAD_INPUT = 2;

interface CliArguments {
  file: string;
  language?: Language;
  /** Only relations at least this confident, 0..1. */
  minConfidence: number;
}

function parseArguments(argv: string[]): CliArguments {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: { lang: { type: 'string' }, 'min-confidence': { type: 'string' } },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    const option = (error as Error).message.match(/'([^']+)'/)?.[1];
    throw new InvalidInputError(`${option ? `unknown option ${option}` : (error as Error).message} (${USAGE})`);
  }
  const { values, positionals } = parsed;
  if (positionals.length !== 1) throw new InvalidInputError(`expected exactly one FILE (${USAGE})`);
  const lang = values.lang;
  if (lang !== undefined && !LANGUAGES.includes(lang as Language)) {
    throw new InvalidInputError(`unknown language "${lang}": use sv or en (${USAGE})`);
  }
  const threshold = values['min-confidence'];
  const minConfidence = threshold === undefined ? 0 : Number(threshold);
  if (threshold !== undefined && (threshold.trim() === '' || !Number.isFinite(minConfidence) || minConfidence < 0 || minConfidence > 1)) {
    throw new InvalidInputError(`--min-confidence takes a number from 0 to 1, not "${threshold}" (${USAGE})`);
  }
  return { file: positionals[0], minConfidence, ...(lang ? { language: lang as Language } : {}) };
}

function readDocument(file: string): string {
  let bytes: Buffer;
  try {
    if (statSync(file).isDirectory()) throw new InvalidInputError(`${file} is a directory, not a text file`);
    bytes = readFileSync(file);
  } catch (error) {
    if (error instanceof AllegianceError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : String(code ?? error);
    throw new InvalidInputError(`cannot read ${file}: ${reason}`);
  }
  try {
    return decodeText(bytes);
  } catch (error) {
    if (error instanceof InvalidInputError) throw new InvalidInputError(`${file}: ${error.message}`, error.details);
    throw error;
  }
}

function main(argv: string[]): void {
  try {
    const { file, language, minConfidence } = parseArguments(argv);
    const extraction = extract(readDocument(file), { language });
    const relations = extraction.relations.filter((r) => r.confidence >= minConfidence);
    process.stdout.write(`${JSON.stringify({ ...extraction, relations })}\n`);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`extract: ${message.replace(/\s*\n\s*/g, ' ')}\n`);
    process.exitCode = error instanceof InvalidInputError ? EXIT_BAD_INPUT : 1;
  }
}

main(process.argv.slice(2));

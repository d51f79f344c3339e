/**
 * `npm run ingest -- PATH... [--jobs N] [--lang sv|en] [--title T] [--id ID]`: extracts files and
 * folders (searched recursively for .txt, .md, .pdf and .docx) and writes them into the graph
 * (server/bulk/bulk-ingest.ts), showing progress on stderr and one JSON line per document on stdout.
 * A re-run skips the documents already stored unchanged. Uses NEO4J_URI when set, else starts the
 * embedded Neo4j on NEO4J_DATA for the duration. Exit codes: 0 all stored, 1 a file failed or the run
 * was stopped, 2 bad arguments (one line on stderr). Ctrl-C lets the documents under way finish.
 */
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { AllegianceError, InvalidInputError } from '../domain/errors';
import type { Language } from '../domain/types';
import { withGraph } from '../graph/open-graph';
import { bulkIngest, unreadableOutcome, type BulkOutcome } from '../server/bulk/bulk-ingest';
import { collectDocumentFiles, DOCUMENT_EXTENSIONS } from '../server/bulk/document-files';
import { ingestProgressView } from './support/ingest-progress';

const USAGE = 'Usage: npm run ingest -- FILE|FOLDER... [--jobs N] [--lang sv|en] [--title T] [--id ID] (--title and --id with one file only)';

function parseLanguage(value: string | undefined): Language | undefined {
  if (value === undefined || value === 'sv' || value === 'en') return value;
  throw new InvalidInputError(`--lang must be sv or en, got "${value}"`, { lang: value });
}

function parseJobs(value: string | undefined): number {
  if (value === undefined) return availableParallelism();
  const jobs = Number(value);
  if (!/^\d+$/.test(value) || jobs < 1 || jobs > 64) throw new InvalidInputError(`--jobs must be a whole number from 1 to 64, got "${value}"`, { jobs: value });
  return jobs;
}

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { title: { type: 'string' }, lang: { type: 'string' }, id: { type: 'string' }, jobs: { type: 'string' } },
  });
  if (positionals.length === 0) throw new InvalidInputError(USAGE);
  const language = parseLanguage(values.lang);
  const jobs = parseJobs(values.jobs);
  const { files, unreadable } = await collectDocumentFiles(positionals);
  if (values.title !== undefined || values.id !== undefined) {
    if (positionals.length !== 1 || files.length !== 1 || files[0].path !== positionals[0]) throw new InvalidInputError(USAGE);
    files[0] = { ...files[0], title: values.title ?? files[0].title, documentId: values.id ?? files[0].documentId };
  }
  if (files.length === 0 && unreadable.length === 0) {
    throw new InvalidInputError(`No ${DOCUMENT_EXTENSIONS.join(', ')} file in ${positionals.join(', ')}`);
  }

  const view = ingestProgressView(files.length);
  const stop = new AbortController();
  process.once('SIGINT', () => {
    view.note('Stopping: the documents under way finish, the rest are left for the next run (Ctrl-C again to quit now).');
    stop.abort();
    process.once('SIGINT', () => process.exit(130));
  });
  const outcomes: BulkOutcome[] = unreadable.map(unreadableOutcome);
  if (files.length > 0) {
    const ingested = await withGraph((graph) =>
      bulkIngest(graph, files, { jobs, language, signal: stop.signal, onDone: (outcome) => view.done(outcome), onWriteStep: view.step }),
    );
    outcomes.push(...ingested);
  }
  for (const outcome of outcomes) process.stdout.write(`${JSON.stringify(outcome)}\n`);
  view.finish(outcomes);
  return outcomes.every((outcome) => !outcome.error) ? 0 : 1;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const message = error instanceof AllegianceError ? `${error.code}: ${error.message}` : String(error);
    process.stderr.write(`${message}\n`);
    process.exitCode = error instanceof InvalidInputError ? 2 : 1;
  },
);

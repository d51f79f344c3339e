/**
 * `npm run ingest -- FILE [--title T] [--lang sv|en] [--id ID]`: extracts a text file and writes it
 * into the graph through the ingest use case (server/ingest-document.ts). Uses NEO4J_URI when set,
 * else starts the embedded Neo4j on NEO4J_DATA for the duration. Bad input: one line, exit code 2.
 */
import { parseArgs } from 'node:util';
import { AllegianceError, InvalidInputError } from '../domain/errors';
import type { Language } from '../domain/types';
import { withGraph } from '../graph/open-graph';
import { ingestFile } from '../server/ingest-document';

const USAGE = 'Usage: npm run ingest -- FILE [--title T] [--lang sv|en] [--id ID]';

function parseLanguage(value: string | undefined): Language | undefined {
  if (value === undefined || value === 'sv' || value === 'en') return value;
  throw new InvalidInputError(`--lang must be sv or en, got "${value}"`, { lang: value });
}

/** Writes "step done/total" to stderr, overwriting the line while a step runs. */
function stderrProgress(step: string, done: number, total: number): void {
  process.stderr.write(`\r${step} ${done}/${total}${done === total ? '\n' : ''}`);
}

async function main(argv: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { title: { type: 'string' }, lang: { type: 'string' }, id: { type: 'string' } },
  });
  if (positionals.length !== 1) throw new InvalidInputError(USAGE);
  const options = { title: values.title, documentId: values.id, language: parseLanguage(values.lang), onProgress: stderrProgress };
  const started = Date.now();
  const result = await withGraph((graph) => ingestFile(graph, positionals[0], options));
  process.stderr.write(`${result.status} ${result.documentId} in ${Date.now() - started} ms\n`);
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  const message = error instanceof AllegianceError ? `${error.code}: ${error.message}` : String(error);
  process.stderr.write(`${message}\n`);
  process.exitCode = error instanceof InvalidInputError ? 2 : 1;
});

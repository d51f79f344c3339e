/**
 * `npm run ingest -- FILE [--title T] [--lang sv|en] [--id ID]`: extracts a text, PDF or .docx file and writes it
 * into the graph. This is where ingest/ (text → Extraction) and graph/ (Extraction → Neo4j) meet.
 * An unchanged file (same sha256 under the same document id) is recognised before extraction runs.
 * Uses NEO4J_URI when set, else starts the embedded Neo4j on NEO4J_DATA for the duration.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { IngestResult } from '../../domain/api';
import { AllegianceError, InvalidInputError } from '../../domain/errors';
import type { Language } from '../../domain/types';
import type { Graph } from '../../graph/driver/connection';
import { documentIdFromFileName, documentIdFromTitle } from '../../graph/writes/document-id';
import { ingestExtraction, type IngestProgress } from '../../graph/writes/ingest-extraction';
import { findDocument } from '../../graph/queries/documents';
import { withGraph } from '../../graph/open-graph';
import type { ExtractionStage } from '../jobs/extraction-messages';
import { extractInWorker } from '../jobs/extract-in-worker';

export interface IngestFileOptions {
  /** Defaults to the file name without its extension. */
  title?: string;
  /** Defaults to the slug of `title` when given, else of the file name. */
  documentId?: string;
  /** Defaults to what the extractor detects. */
  language?: Language;
  onProgress?: IngestProgress;
  /** Hears the reading and extracting stages of the worker (with the percentage of sentences read). */
  onStage?: (stage: ExtractionStage, percent: number) => void;
  /** Re-extract even when the stored document has the same sha256 (a newer extractor). */
  reextract?: boolean;
}

/**
 * Reads, extracts and ingests one file; skips extraction when the stored document has the same sha256.
 * @example await ingestFile(graph, 'data/corpus/october-to-brest-litovsk.sv.txt') // { status: 'created', ... }
 */
export async function ingestFile(graph: Graph, filePath: string, options: IngestFileOptions = {}): Promise<IngestResult> {
  const bytes = await readFile(filePath);
  const title = options.title ?? path.basename(filePath).replace(/\.[^.]+$/, '');
  const documentId = options.documentId ?? (options.title ? documentIdFromTitle(options.title) : documentIdFromFileName(filePath));
  return ingestBytes(graph, bytes, { ...options, title, documentId });
}

/**
 * Reads (text, PDF or .docx), extracts (in a worker thread) and ingests a document's bytes (a file's,
 * or an upload's); skips extraction when the stored document has the same sha256. Bytes that cannot
 * be read throw InvalidInputError (or PayloadTooLargeError past the limits) before any write.
 * @example await ingestBytes(graph, bytes, { title: 'Brest', documentId: 'brest', language: 'sv' }) // { status: 'created', ... }
 */
export async function ingestBytes(
  graph: Graph,
  bytes: Uint8Array,
  options: IngestFileOptions & { title: string; documentId: string },
): Promise<IngestResult> {
  const { title, documentId } = options;
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const stored = await findDocument(graph, documentId);
  // A document stored before texts were kept is extracted again, so that it can be read.
  const reextract = options.reextract === true || (stored !== null && stored.wordCount === null);
  if (stored?.sha256 === sha256 && !reextract) {
    return { documentId, status: 'unchanged', entities: stored.entityCount, relations: stored.claimCount, sentences: stored.sentenceCount };
  }
  options.onProgress?.('extract', 0, 1);
  const { extraction, reading, source } = await extractInWorker(bytes, { language: options.language, onProgress: options.onStage });
  options.onProgress?.('extract', 1, 1);
  const meta = { id: documentId, title, sha256, language: options.language, text: { reading, source }, reextract };
  return ingestExtraction(graph, extraction, meta, { onProgress: options.onProgress });
}

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
  if (positionals.length !== 1) throw new InvalidInputError('Usage: npm run ingest -- FILE [--title T] [--lang sv|en] [--id ID]');
  const started = Date.now();
  const result = await withGraph((graph) =>
    ingestFile(graph, positionals[0], {
      title: values.title,
      documentId: values.id,
      language: parseLanguage(values.lang),
      onProgress: stderrProgress,
    }),
  );
  process.stderr.write(`${result.status} ${result.documentId} in ${Date.now() - started} ms\n`);
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

if (require.main === module) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    const message = error instanceof AllegianceError ? `${error.code}: ${error.message}` : String(error);
    process.stderr.write(`${message}\n`);
    process.exitCode = error instanceof InvalidInputError ? 2 : 1;
  });
}

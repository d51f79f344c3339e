/**
 * The one ingest use case, where ingest/ (text → Extraction) and graph/ (Extraction → Neo4j) meet:
 * POST /api/documents, re-ingest, `npm run ingest` and the sample corpus all come through here. A
 * text, PDF or .docx file is read and extracted in a worker; an unchanged file (same sha256 under the
 * same document id) is recognised before extraction runs.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { IngestResult } from '../domain/api';
import type { Language } from '../domain/types';
import type { Graph } from '../graph/driver/connection';
import { documentIdFromFileName, documentIdFromTitle } from '../graph/writes/document-id';
import { ingestExtraction, type IngestProgress } from '../graph/writes/ingest-extraction';
import { findDocument } from '../graph/queries/documents';
import type { ExtractionStage } from './jobs/extraction-messages';
import { extractInWorker } from './jobs/extract-in-worker';

export interface IngestFileOptions {
  /** Defaults to the file name without its extension. */
  title?: string;
  /** The user the document is recorded as written by; null from the command line. */
  ingestedBy?: string | null;
  /** Defaults to the slug of `title` when given, else of the file name. */
  documentId?: string;
  /** Defaults to what the extractor detects. */
  language?: Language;
  onProgress?: IngestProgress;
  /** Hears the reading and extracting stages of the worker (with the percentage of sentences read). */
  onStage?: (stage: ExtractionStage, percent: number) => void;
  /** Re-extract even when the stored document has the same sha256 (a newer extractor). */
  reextract?: boolean;
  /**
   * Runs the write transaction; a bulk ingest passes one that queues the writes of its documents one
   * after another (in order of completion), while their extractions run side by side.
   */
  runWrite?: <T>(write: () => Promise<T>) => Promise<T>;
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
    const words = stored.wordCount ?? undefined;
    return { documentId, status: 'unchanged', entities: stored.entityCount, relations: stored.claimCount, sentences: stored.sentenceCount, words };
  }
  options.onProgress?.('extract', 0, 1);
  const { extraction, reading, source } = await extractInWorker(bytes, { language: options.language, onProgress: options.onStage });
  options.onProgress?.('extract', 1, 1);
  const meta = { id: documentId, title, sha256, language: options.language, ingestedBy: options.ingestedBy ?? null, text: { reading, source }, reextract };
  const write = (): Promise<IngestResult> => ingestExtraction(graph, extraction, meta, { onProgress: options.onProgress });
  const result = await (options.runWrite ? options.runWrite(write) : write());
  return { ...result, words: extraction.stats?.words };
}

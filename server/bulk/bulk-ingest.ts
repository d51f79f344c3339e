/**
 * Ingests many documents in one run (`npm run ingest -- FOLDER...`, bench:scale). Reading and
 * extraction, the slow part, run in `jobs` worker threads side by side; the writes are queued on
 * this thread and run one at a time, one transaction per document, in the order extractions finish,
 * so two documents of one run never contend for the same entities. Every document is all or nothing:
 * a failure (an unreadable file, a document the reader refuses) is recorded and the run goes on, and
 * a run stopped halfway (Ctrl-C, a crash) leaves only whole documents, which a re-run recognises by
 * their sha256 and skips. When Neo4j becomes unreachable the run stops taking documents: every
 * further one would fail the same way.
 */
import { availableParallelism } from 'node:os';
import type { IngestResult } from '../../domain/api';
import { AllegianceError, GraphUnavailableError } from '../../domain/errors';
import type { Language } from '../../domain/types';
import type { Graph } from '../../graph/driver/connection';
import type { IngestProgress } from '../../graph/writes/ingest-extraction';
import { ingestFile } from '../ingest-document';
import { setExtractionWorkers } from '../jobs/extract-in-worker';
import type { DocumentFile, UnreadablePath } from './document-files';

export type BulkStatus = IngestResult['status'] | 'failed' | 'not started';

export interface BulkOutcome {
  path: string;
  documentId: string;
  status: BulkStatus;
  /** Words of the document's text; 0 when it failed or was not started. */
  words: number;
  /** From taking the document to its write committed (or its failure). */
  ms: number;
  result?: IngestResult;
  error?: { code: string; message: string };
}

export interface BulkIngestOptions {
  /** Extraction workers; default the number of cores. */
  jobs?: number;
  /** Every document's language; default what the extractor detects in each. */
  language?: Language;
  /** Aborted: no further document is started; those under way finish. */
  signal?: AbortSignal;
  onStart?: (file: DocumentFile) => void;
  onDone?: (outcome: BulkOutcome) => void;
  /** The write steps of each document (rows written), as `npm run ingest` FILE printed them. */
  onWriteStep?: (file: DocumentFile, step: string, done: number, total: number) => void;
}

/** Runs each queued write after the previous one has settled, whatever its outcome. */
function writeQueue(): <T>(write: () => Promise<T>) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve();
  return (write) => {
    const run = tail.then(write);
    tail = run.catch(() => undefined);
    return run;
  };
}

function errorOf(error: unknown): { code: string; message: string } {
  if (error instanceof AllegianceError) return { code: error.code, message: error.message };
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === 'ENOENT') return { code: 'UNREADABLE', message: 'the file is gone' };
  if (code === 'EACCES' || code === 'EPERM') return { code: 'UNREADABLE', message: 'permission denied' };
  if (code === 'EISDIR') return { code: 'UNREADABLE', message: 'a folder, not a file' };
  return { code: typeof code === 'string' ? code : 'INTERNAL', message: error instanceof Error ? error.message : String(error) };
}

/** The second file of a run with an id already taken fails: it would replace the first. */
function duplicateOf(files: readonly DocumentFile[]): Map<DocumentFile, DocumentFile> {
  const firstById = new Map<string, DocumentFile>();
  const duplicates = new Map<DocumentFile, DocumentFile>();
  for (const file of files) {
    const first = firstById.get(file.documentId);
    if (first) duplicates.set(file, first);
    else firstById.set(file.documentId, file);
  }
  return duplicates;
}

/** A path that could not be listed or read, as the failed outcome the run reports for it. */
export function unreadableOutcome(unreadable: UnreadablePath): BulkOutcome {
  return { path: unreadable.path, documentId: '', status: 'failed', words: 0, ms: 0, error: { code: 'UNREADABLE', message: unreadable.message } };
}

/**
 * @example
 *   const { files } = await collectDocumentFiles(['archive/']);
 *   const outcomes = await bulkIngest(graph, files, { jobs: 2, onDone: (o) => console.log(o.path, o.status) });
 */
export async function bulkIngest(graph: Graph, files: readonly DocumentFile[], options: BulkIngestOptions = {}): Promise<BulkOutcome[]> {
  const jobs = options.jobs ?? availableParallelism();
  setExtractionWorkers(jobs);
  const runWrite = writeQueue();
  const duplicates = duplicateOf(files);
  const outcomes = new Map<DocumentFile, BulkOutcome>();
  let stopped: { code: string; message: string } | undefined;
  let nextIndex = 0;

  const ingestOne = async (file: DocumentFile): Promise<BulkOutcome> => {
    const started = Date.now();
    const base = { path: file.path, documentId: file.documentId };
    const first = duplicates.get(file);
    if (first) {
      const message = `it would get the document id "${file.documentId}" of ${first.path}; rename one of them`;
      return { ...base, status: 'failed', words: 0, ms: 0, error: { code: 'INVALID_INPUT', message } };
    }
    try {
      const onProgress: IngestProgress = (step, done, total) => options.onWriteStep?.(file, step, done, total);
      const result = await ingestFile(graph, file.path, { documentId: file.documentId, title: file.title, language: options.language, runWrite, onProgress });
      return { ...base, status: result.status, words: result.words ?? 0, ms: Date.now() - started, result };
    } catch (error) {
      if (error instanceof GraphUnavailableError) stopped ??= errorOf(error);
      return { ...base, status: 'failed', words: 0, ms: Date.now() - started, error: errorOf(error) };
    }
  };

  // One runner more than workers: while one document waits for its write, the workers keep extracting.
  const runner = async (): Promise<void> => {
    while (nextIndex < files.length && !stopped && !options.signal?.aborted) {
      const file = files[nextIndex];
      nextIndex += 1;
      options.onStart?.(file);
      const outcome = await ingestOne(file);
      outcomes.set(file, outcome);
      options.onDone?.(outcome);
    }
  };
  await Promise.all(Array.from({ length: Math.min(jobs + 1, files.length) }, runner));

  const why = stopped ? `not started: Neo4j became unreachable (${stopped.message}); run again to continue` : 'not started: the run was stopped; run again to continue';
  return files.map(
    (file) => outcomes.get(file) ?? { path: file.path, documentId: file.documentId, status: 'not started', words: 0, ms: 0, error: { code: stopped?.code ?? 'STOPPED', message: why } },
  );
}

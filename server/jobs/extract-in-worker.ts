/**
 * Hands documents to extraction workers (extraction-worker.ts) and waits for their results, under
 * limits a worker cannot exceed: a heap size, and a time after which it is stopped. Workers live on
 * between documents (starting one costs seconds: the extractor's modules load and compile), at most
 * two at once (the cores are shared with Neo4j and the readers); a stopped or crashed worker is
 * replaced by a fresh one for the next document. Idle workers do not keep the process alive.
 */
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { PayloadTooLargeError } from '../../domain/errors';
import type { Language } from '../../domain/types';
import type { ReadLimits } from '../../ingest/formats/limits';
import { errorFromData, type ExtractedDocument, type ExtractionRequest, type ExtractionStage, type WorkerMessage } from './extraction-messages';

export interface WorkerLimits {
  /** A 4 MB text takes about 10 s; a document still running after this is stopped (413). */
  timeoutMs: number;
  /** The worker's heap; a 4 MB text peaks near 350 MB. Applies to workers started after it is set. */
  maxHeapMb: number;
}

export const DEFAULT_WORKER_LIMITS: WorkerLimits = { timeoutMs: 120_000, maxHeapMb: 1_536 };

export interface ExtractInWorkerOptions {
  language?: Language;
  readLimits?: Partial<ReadLimits>;
  workerLimits?: Partial<WorkerLimits>;
  onProgress?: (stage: ExtractionStage, percent: number) => void;
}

const WORKER_ENTRY = path.join(__dirname, 'extraction-worker.ts');
/** The worker is TypeScript: tsx's require hook compiles it (the same loader `npm start` runs under). */
const BOOTSTRAP = `require(${JSON.stringify(require.resolve('tsx/cjs'))}); require(${JSON.stringify(WORKER_ENTRY)});`;
/** The server's default: one core stays for Neo4j and the readers. Bulk ingest raises it (`--jobs`). */
let maxWorkers = Math.max(1, Math.min(2, availableParallelism() - 1));

/**
 * Sets how many workers may run at once (from the next document on); a bulk ingest, which has the
 * machine to itself, uses one per core.
 * @example setExtractionWorkers(availableParallelism())
 */
export function setExtractionWorkers(count: number): void {
  if (!Number.isInteger(count) || count < 1) throw new RangeError(`The number of extraction workers must be a positive integer, got ${count}`);
  maxWorkers = count;
  next();
}

interface Task {
  request: ExtractionRequest;
  options: ExtractInWorkerOptions;
  resolve: (result: ExtractedDocument) => void;
  reject: (error: Error) => void;
}

/** One worker thread and the task it runs, if any. */
class PooledWorker {
  private readonly worker: Worker;
  private task: Task | undefined;
  private timer: NodeJS.Timeout | undefined;
  dead = false;

  constructor(
    maxHeapMb: number,
    private readonly onIdle: (worker: PooledWorker) => void,
  ) {
    this.worker = new Worker(BOOTSTRAP, { eval: true, resourceLimits: { maxOldGenerationSizeMb: maxHeapMb } });
    this.worker.unref();
    this.worker.on('message', (message: WorkerMessage) => this.receive(message));
    this.worker.on('error', (error: Error & { code?: string }) => {
      const limit = error.code === 'ERR_WORKER_OUT_OF_MEMORY';
      this.stop(limit ? new PayloadTooLargeError(`Reading this document needed more than ${maxHeapMb} MB of memory; split it into smaller parts.`, { reason: 'memory' }) : error);
    });
    this.worker.on('exit', (code) => this.stop(new Error(`The extraction worker stopped (exit code ${code}) without a result.`)));
  }

  run(task: Task): void {
    this.task = task;
    this.worker.ref();
    const timeoutMs = task.options.workerLimits?.timeoutMs ?? DEFAULT_WORKER_LIMITS.timeoutMs;
    this.timer = setTimeout(() => {
      this.stop(new PayloadTooLargeError(`Reading and extracting this document took longer than ${timeoutMs / 1000} s; split it into smaller parts.`, { reason: 'timeout' }));
    }, timeoutMs);
    this.worker.postMessage(task.request);
  }

  private finish(outcome: (task: Task) => void): void {
    const task = this.task;
    clearTimeout(this.timer);
    this.task = undefined;
    if (!this.dead) this.worker.unref();
    if (task) outcome(task);
  }

  private receive(message: WorkerMessage): void {
    if (message.kind === 'ready') return;
    if (message.kind === 'progress') {
      this.task?.options.onProgress?.(message.stage, message.percent);
      return;
    }
    this.finish((task) => (message.kind === 'done' ? task.resolve(message.result) : task.reject(errorFromData(message.error))));
    this.onIdle(this);
  }

  /** Ends the worker (it may be stuck in a loop or out of memory) and fails its task with `error`. */
  stop(error: Error): void {
    if (this.dead) return;
    this.dead = true;
    void this.worker.terminate();
    this.finish((task) => task.reject(error));
    this.onIdle(this);
  }
}

const idle: PooledWorker[] = [];
const queue: Task[] = [];
let started = 0;

function next(worker?: PooledWorker): void {
  if (worker?.dead) started -= 1;
  else if (worker) idle.push(worker);
  const task = queue.shift();
  if (!task) return;
  const free = idle.pop() ?? (started < maxWorkers ? startWorker(task) : undefined);
  if (free) free.run(task);
  else queue.unshift(task);
}

function startWorker(task: Task): PooledWorker {
  started += 1;
  return new PooledWorker(task.options.workerLimits?.maxHeapMb ?? DEFAULT_WORKER_LIMITS.maxHeapMb, next);
}

/**
 * Reads a document's bytes (text, PDF or .docx) and extracts it in a worker thread.
 * @throws InvalidInputError / PayloadTooLargeError as the readers and limits decide
 * @example const { extraction, reading, source } = await extractInWorker(bytes, { onProgress: (stage, percent) => ... });
 */
export function extractInWorker(bytes: Uint8Array, options: ExtractInWorkerOptions = {}): Promise<ExtractedDocument> {
  return new Promise((resolve, reject) => {
    queue.push({ request: { bytes, language: options.language, limits: options.readLimits }, options, resolve, reject });
    next();
  });
}

/**
 * The upload jobs of this server process, in memory: a job is for following one upload while it runs
 * and for reading its outcome shortly after, not a record (the graph is). Finished jobs are forgotten
 * after a while, and the store holds a bounded number, oldest finished dropped first.
 */
import { randomUUID } from 'node:crypto';
import type { IngestResult } from '../../domain/api';
import type { JobState, JobStatus } from '../../domain/jobs';
import { NotFoundError } from '../../domain/errors';
import { errorBodyOf, httpStatusOf } from '../errors';

export interface JobStoreOptions {
  /** How long a finished job can still be read. */
  keepFinishedMs: number;
  /** Jobs held at most; beyond it the oldest finished go. */
  maxJobs: number;
}

const DEFAULTS: JobStoreOptions = { keepFinishedMs: 15 * 60_000, maxJobs: 500 };
const FINISHED: readonly JobState[] = ['done', 'failed'];

export class JobStore {
  private readonly jobs = new Map<string, JobStatus>();
  private readonly options: JobStoreOptions;

  constructor(options: Partial<JobStoreOptions> = {}) {
    this.options = { ...DEFAULTS, ...options };
  }

  /** @example const job = store.create('Brest', 'brest'); store.advance(job.id, 'reading'); */
  create(title: string, documentId: string): JobStatus {
    this.forgetOld();
    const now = new Date().toISOString();
    const job: JobStatus = { id: randomUUID(), state: 'queued', percent: null, title, documentId, createdAt: now, updatedAt: now };
    this.jobs.set(job.id, job);
    return { ...job };
  }

  /** @throws NotFoundError for an unknown or forgotten job */
  get(id: string): JobStatus {
    const job = this.jobs.get(id);
    if (!job) throw new NotFoundError(`No upload job "${id}" (finished jobs are kept for ${this.options.keepFinishedMs / 60_000} minutes)`, { jobId: id });
    return { ...job };
  }

  advance(id: string, state: JobState, percent: number | null = null): void {
    const job = this.jobs.get(id);
    if (!job || FINISHED.includes(job.state)) return;
    job.state = state;
    job.percent = percent;
    job.updatedAt = new Date().toISOString();
  }

  succeed(id: string, result: IngestResult): void {
    this.advance(id, 'done', 100);
    const job = this.jobs.get(id);
    if (job) job.result = result;
  }

  fail(id: string, error: unknown): void {
    this.advance(id, 'failed');
    const job = this.jobs.get(id);
    if (job) job.error = { ...errorBodyOf(error).error, status: httpStatusOf(error) };
  }

  private forgetOld(): void {
    const now = Date.now();
    const finished = [...this.jobs.values()].filter((job) => FINISHED.includes(job.state));
    for (const job of finished) {
      if (now - Date.parse(job.updatedAt) > this.options.keepFinishedMs) this.jobs.delete(job.id);
    }
    for (const job of finished) {
      if (this.jobs.size < this.options.maxJobs) break;
      this.jobs.delete(job.id);
    }
  }
}

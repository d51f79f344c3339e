/**
 * Running an ingest as a job: the request that starts it is answered at once (202), and the job's
 * state follows the ingest's stages (reading, extracting with the percentage of sentences, writing)
 * until it is done, with what changed, or failed, with the error a synchronous upload would have had.
 */
import type { IngestResult } from '../../domain/api';
import type { JobStatus } from '../../domain/jobs';
import type { IngestFileOptions } from '../ingest-document';
import type { JobStore } from './job-store';

/** The progress hooks of ingestBytes, wired to a job. */
export type IngestHooks = Required<Pick<IngestFileOptions, 'onStage' | 'onProgress'>>;

/**
 * Starts `work` with hooks that move the job along; returns the job as it stands now.
 * @example const job = startIngestJob(jobs, 'Brest', 'brest', (hooks) => ingestBytes(graph, bytes, { ...meta, ...hooks }));
 */
export function startIngestJob(
  jobs: JobStore,
  title: string,
  documentId: string,
  work: (hooks: IngestHooks) => Promise<IngestResult>,
  onDone: (result: IngestResult) => void = () => undefined,
): JobStatus {
  const job = jobs.create(title, documentId);
  const hooks: IngestHooks = {
    onStage: (stage, percent) => jobs.advance(job.id, stage, percent),
    onProgress: (step) => {
      if (step !== 'extract') jobs.advance(job.id, 'writing');
    },
  };
  work(hooks).then(
    (result) => {
      jobs.succeed(job.id, result);
      onDone(result);
    },
    (error: unknown) => jobs.fail(job.id, error),
  );
  return jobs.get(job.id);
}

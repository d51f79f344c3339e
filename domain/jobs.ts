/**
 * An upload's job as GET /api/jobs/:id reports it while the document is read, extracted and
 * written, and after: the page polls it to show progress and, at the end, what changed.
 */
import type { ErrorBody, IngestResult } from './api';

/** In order: reading the file, extracting (percent of sentences), writing to Neo4j, then done or failed. */
export const JOB_STATES = ['queued', 'reading', 'extracting', 'writing', 'done', 'failed'] as const;
export type JobState = (typeof JOB_STATES)[number];

export interface JobStatus {
  id: string;
  state: JobState;
  /** The share of the current stage done, 0-100, when it is known (extracting: sentences read). */
  percent: number | null;
  title: string;
  documentId: string;
  createdAt: string;
  updatedAt: string;
  /** When done: what the ingest changed. */
  result?: IngestResult;
  /** When failed: the error the synchronous upload would have answered, and its HTTP status. */
  error?: ErrorBody['error'] & { status: number };
}

/** What POST /api/documents answers with `Prefer: respond-async`: 202 and where to follow the job. */
export interface JobAccepted {
  job: JobStatus;
  location: string;
}

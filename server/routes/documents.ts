/**
 * Documents: list them (GET /api/documents), add one (POST, a text/plain body or a multipart upload;
 * it is extracted and ingested, 201 when created, 200 when unchanged or replaced; with
 * `Prefer: respond-async`, 202 and a job to follow at /api/jobs/:id), read one (GET /api/documents/:id:
 * its text with sentences, mentions and claims), extract one again with the current extractor
 * (POST /api/documents/:id/reingest) and delete one with everything only it contributed
 * (DELETE /api/documents/:id).
 */
import { Router, type Request, type Response } from 'express';
import type { DeletedDocument, DocumentSummary, IngestResult } from '../../domain/api';
import type { Graph } from '../../graph/driver/connection';
import { deleteDocument } from '../../graph/writes/delete-document';
import { documentIdFromTitle } from '../../graph/writes/document-id';
import { listDocuments } from '../../graph/queries/documents';
import { documentSource, documentText } from '../../graph/queries/document-text';
import type { DocumentText } from '../../domain/reading';
import type { JobAccepted } from '../../domain/jobs';
import { startIngestJob, type IngestHooks } from '../jobs/ingest-job';
import { JobStore } from '../jobs/job-store';
import { ingestBytes } from '../ingest-document';
import { actorOf } from '../auth/principal';
import { DEFAULT_MAX_UPLOAD_BYTES, readDocumentUpload, uploadParsers } from '../upload';
import { pathId } from '../validation/path-params';
import { readCacheFor } from './read-cache';
import { assertKnownParams, type QueryInput } from '../validation/query-params';

export interface DocumentsRouterOptions {
  /** Largest accepted upload in bytes; larger ones get 413. */
  maxUploadBytes?: number;
  /** Where asynchronous uploads are followed; default a store of the router's own. */
  jobs?: JobStore;
}

/** RFC 7240: the client asks for 202 and a job instead of waiting for the ingest. */
const wantsAsync = (req: Request): boolean => /\brespond-async\b/i.test(req.get('Prefer') ?? '');

/**
 * @example app.use('/api', documentsRouter(graph)); // POST /api/documents?title=Brest (text/plain) → 201 IngestResult
 */
export function documentsRouter(graph: Graph, options: DocumentsRouterOptions = {}): Router {
  const router = Router();
  const jobs = options.jobs ?? new JobStore();

  /** Runs an ingest for the request: synchronously (201/200 and the result) or as a job (202). */
  async function answerIngest(req: Request, res: Response, title: string, documentId: string, work: (hooks?: IngestHooks) => Promise<IngestResult>): Promise<void> {
    const clearCache = (result: IngestResult): void => {
      if (result.status !== 'unchanged') readCacheFor(graph).clear();
    };
    if (wantsAsync(req)) {
      const job = startIngestJob(jobs, title, documentId, work, clearCache);
      const accepted: JobAccepted = { job, location: `/api/jobs/${job.id}` };
      res.status(202).location(accepted.location).json(accepted);
      return;
    }
    const result = await work();
    clearCache(result);
    res.status(result.status === 'created' ? 201 : 200).json(result);
  }

  router.get('/documents', async (req, res) => {
    assertKnownParams(req.query as QueryInput, []);
    const documents: DocumentSummary[] = await listDocuments(graph);
    res.json(documents);
  });

  router.post('/documents', ...uploadParsers(options.maxUploadBytes ?? DEFAULT_MAX_UPLOAD_BYTES), async (req: Request, res: Response) => {
    const upload = readDocumentUpload(req);
    const documentId = documentIdFromTitle(upload.title);
    await answerIngest(req, res, upload.title, documentId, (hooks) =>
      ingestBytes(graph, upload.bytes, { title: upload.title, documentId, language: upload.language, ingestedBy: actorOf(res), ...hooks }),
    );
  });

  router.get('/documents/:id', async (req, res) => {
    assertKnownParams(req.query as QueryInput, []);
    const document: DocumentText = await documentText(graph, pathId(req.params, 'id'));
    res.json(document);
  });

  router.post('/documents/:id/reingest', async (req, res) => {
    assertKnownParams(req.query as QueryInput, []);
    const documentId = pathId(req.params, 'id');
    const stored = await documentSource(graph, documentId);
    const language = stored.language === 'sv' || stored.language === 'en' ? stored.language : undefined;
    await answerIngest(req, res, stored.title, documentId, (hooks) =>
      ingestBytes(graph, Buffer.from(stored.source, 'utf8'), { title: stored.title, documentId, language, reextract: true, ingestedBy: actorOf(res), ...hooks }),
    );
  });

  router.delete('/documents/:id', async (req, res) => {
    assertKnownParams(req.query as QueryInput, []);
    const documentId = pathId(req.params, 'id');
    const event = await deleteDocument(graph, documentId, actorOf(res));
    readCacheFor(graph).clear();
    const body: DeletedDocument = { documentId, deleted: true, eventId: event.id };
    res.json(body);
  });

  return router;
}

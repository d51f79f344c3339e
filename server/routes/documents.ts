/**
 * Documents: list them (GET /api/documents), add one (POST, a text/plain body or a multipart upload;
 * it is extracted and ingested, 201 when created, 200 when unchanged or replaced) and delete one
 * with everything only it contributed (DELETE /api/documents/:id).
 */
import { Router, type Request, type Response } from 'express';
import type { DocumentSummary, IngestResult } from '../../domain/api';
import type { Graph } from '../../graph/driver/connection';
import { deleteDocument } from '../../graph/writes/delete-document';
import { documentIdFromTitle } from '../../graph/writes/document-id';
import { listDocuments } from '../../graph/queries/documents';
import { ingestBytes } from '../commands/ingest';
import { DEFAULT_MAX_UPLOAD_BYTES, readDocumentUpload, uploadParsers } from '../upload';
import { pathId } from '../validation/path-params';
import { readCacheFor } from './read-cache';
import { assertKnownParams, type QueryInput } from '../validation/query-params';

export interface DocumentsRouterOptions {
  /** Largest accepted upload in bytes; larger ones get 413. */
  maxUploadBytes?: number;
}

export interface DeletedDocument {
  documentId: string;
  deleted: true;
}

/**
 * @example app.use('/api', documentsRouter(graph)); // POST /api/documents?title=Brest (text/plain) → 201 IngestResult
 */
export function documentsRouter(graph: Graph, options: DocumentsRouterOptions = {}): Router {
  const router = Router();

  router.get('/documents', async (req, res) => {
    assertKnownParams(req.query as QueryInput, []);
    const documents: DocumentSummary[] = await listDocuments(graph);
    res.json(documents);
  });

  router.post('/documents', ...uploadParsers(options.maxUploadBytes ?? DEFAULT_MAX_UPLOAD_BYTES), async (req: Request, res: Response) => {
    const upload = readDocumentUpload(req);
    const result: IngestResult = await ingestBytes(graph, upload.bytes, {
      title: upload.title,
      documentId: documentIdFromTitle(upload.title),
      language: upload.language,
    });
    if (result.status !== 'unchanged') readCacheFor(graph).clear();
    res.status(result.status === 'created' ? 201 : 200).json(result);
  });

  router.delete('/documents/:id', async (req, res) => {
    assertKnownParams(req.query as QueryInput, []);
    const documentId = pathId(req.params, 'id');
    await deleteDocument(graph, documentId);
    readCacheFor(graph).clear();
    const body: DeletedDocument = { documentId, deleted: true };
    res.json(body);
  });

  return router;
}

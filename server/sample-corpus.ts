/**
 * The sample corpus (Trotsky's "From October to Brest-Litovsk" in Swedish) is ingested on first
 * start, so a fresh install shows a graph; later starts find its sha256 stored and skip extraction.
 */
import path from 'node:path';
import type { IngestResult } from '../domain/api';
import type { Graph } from '../graph/driver/connection';
import type { IngestProgress } from '../graph/writes/ingest-extraction';
import { ingestFile } from './ingest-document';

export const SAMPLE_CORPUS_PATH = path.resolve(__dirname, '..', 'data', 'corpus', 'october-to-brest-litovsk.sv.txt');
export const SAMPLE_CORPUS_TITLE = 'Från oktober till Brest-Litovsk';
export const SAMPLE_CORPUS_ID = 'october-to-brest-litovsk-sv';

/**
 * Ingests the sample corpus unless the same version is already stored.
 * @example const result = await ensureSampleCorpus(graph); // result.status: 'created' | 'unchanged' | 'replaced'
 */
export async function ensureSampleCorpus(graph: Graph, onProgress?: IngestProgress): Promise<IngestResult> {
  return ingestFile(graph, SAMPLE_CORPUS_PATH, {
    title: SAMPLE_CORPUS_TITLE,
    documentId: SAMPLE_CORPUS_ID,
    language: 'sv',
    onProgress,
  });
}

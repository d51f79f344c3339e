/**
 * Writes one document's Extraction into Neo4j: its Document, Sentences, merged Entities and one
 * relationship per claim, in UNWIND batches inside ONE write transaction, so a failure anywhere
 * leaves the graph as it was. The same sha256 again is a no-op; a new version of the same document
 * id replaces that document's sentences and claims within the same transaction.
 */
import type { IngestResult } from '../../domain/api';
import type { Extraction, Language, RelationType } from '../../domain/types';
import { DEFAULT_BATCH_SIZE, inBatches } from '../driver/batches';
import type { Graph, GraphTransaction } from '../driver/connection';
import { absorbedKey, planEntityMerge, mergeKeys, type StoredEntityKeys } from './entity-merge';
import { clearDocumentContents, refreshEntities } from './document-contents';
import { writeDocumentText, type StoredText } from './document-text';
import {
  CREATE_CLAIMS,
  CREATE_DOCUMENT,
  CREATE_MENTION_LINKS,
  CREATE_SENTENCES,
  FIND_DOCUMENT,
  FIND_MERGE_CANDIDATES,
  LOCK_DOCUMENT,
  MERGE_ENTITIES,
  UPDATE_DOCUMENT,
} from './ingest-cypher';
import { planIngest, type IngestPlan } from './ingest-plan';
import { DOCUMENT_BY_ID } from '../queries/documents';
import { collectDecisions, reapplyDecisions } from './curation/decisions';

export interface DocumentMeta {
  /** The document id (see graph/writes/document-id.ts for deriving one from a title or file name). */
  id: string;
  title: string;
  /** SHA-256 of the source file's bytes: the same value means the same document, unchanged. */
  sha256: string;
  /** Defaults to the extraction's language. */
  language?: Language;
  /** Defaults to now. */
  ingestedAt?: string;
  /** Who wrote the document into the graph: the signed-in user, "anonymous" when sign-in is off, null from the command line. */
  ingestedBy?: string | null;
  /** The text the reader shows, with its offsets; documents ingested without it have no reader. */
  text?: Omit<StoredText, 'wordCount'>;
  /** Re-extract even when the sha256 is the one stored (a newer extractor on the same document). */
  reextract?: boolean;
}

/** Progress of a long ingest: which step, and how many of its rows are written. */
export type IngestProgress = (step: string, done: number, total: number) => void;

export interface IngestOptions {
  batchSize?: number;
  onProgress?: IngestProgress;
}

async function writeBatches(
  tx: GraphTransaction,
  step: string,
  cypher: string,
  rows: readonly unknown[],
  params: Record<string, unknown>,
  options: IngestOptions,
): Promise<void> {
  let done = 0;
  for (const batch of inBatches(rows, options.batchSize ?? DEFAULT_BATCH_SIZE)) {
    await tx.run(cypher, { ...params, rows: batch });
    done += batch.length;
    options.onProgress?.(step, done, rows.length);
  }
}

async function storedCandidates(tx: GraphTransaction, extraction: Extraction): Promise<StoredEntityKeys[]> {
  const ids = extraction.entities.map((entity) => entity.id);
  const keys = [...new Set(extraction.entities.flatMap(mergeKeys))];
  const typedKeys = [...new Set(extraction.entities.flatMap((entity) => mergeKeys(entity).map((key) => absorbedKey(entity.type, key))))];
  return (await tx.run(FIND_MERGE_CANDIDATES, { ids, keys, typedKeys })) as unknown as StoredEntityKeys[];
}

async function writePlan(tx: GraphTransaction, documentId: string, plan: IngestPlan, options: IngestOptions): Promise<void> {
  const params = { documentId };
  for (const [type, cypher] of Object.entries(MERGE_ENTITIES)) {
    const rows = plan.newEntities.filter((entity) => entity.type === type);
    await writeBatches(tx, `entities:${type}`, cypher, rows, params, options);
  }
  await writeBatches(tx, 'mentions', CREATE_MENTION_LINKS, plan.links, params, options);
  await writeBatches(tx, 'sentences', CREATE_SENTENCES, plan.sentences, params, options);
  for (const [type, rows] of plan.claims) {
    await writeBatches(tx, `claims:${type}`, CREATE_CLAIMS[type as RelationType], rows, params, options);
  }
}

function countClaims(plan: IngestPlan): number {
  return [...plan.claims.values()].reduce((total, rows) => total + rows.length, 0);
}

/**
 * @example
 * const result = await ingestExtraction(graph, extract(text), { id: 'brest', title: 'Brest-Litovsk', sha256 });
 * // { documentId: 'brest', status: 'created', entities: 120, relations: 300, sentences: 280 }
 */
export async function ingestExtraction(
  graph: Graph,
  extraction: Extraction,
  meta: DocumentMeta,
  options: IngestOptions = {},
): Promise<IngestResult> {
  try {
    return await ingestOnce(graph, extraction, meta, options);
  } catch (error) {
    // Two ingests of one document id raced: the loser's CREATE hit the uniqueness constraint after the
    // winner committed. Once more, it sees the stored document (same sha256: unchanged; else replaced).
    if (!isConstraintRace(error)) throw error;
    return ingestOnce(graph, extraction, meta, options);
  }
}

function isConstraintRace(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === 'Neo.ClientError.Schema.ConstraintValidationFailed';
}

async function ingestOnce(graph: Graph, extraction: Extraction, meta: DocumentMeta, options: IngestOptions): Promise<IngestResult> {
  return graph.writeTransaction(async (tx) => {
    const documentId = meta.id;
    await tx.run(LOCK_DOCUMENT, { documentId });
    const [existing] = await tx.run(FIND_DOCUMENT, { documentId });
    const documentParams = {
      documentId,
      title: meta.title,
      language: meta.language ?? extraction.language,
      sha256: meta.sha256,
      ingestedAt: meta.ingestedAt ?? new Date().toISOString(),
      ingestedBy: meta.ingestedBy ?? null,
    };
    if (existing && existing.sha256 === meta.sha256 && !meta.reextract) {
      const [stored] = await tx.run(DOCUMENT_BY_ID, { id: documentId });
      return {
        documentId,
        status: 'unchanged',
        entities: stored.entityCount as number,
        relations: stored.claimCount as number,
        sentences: stored.sentenceCount as number,
      };
    }
    // Historians' decisions are read before the old claims go, and written back onto the new ones.
    const decisions = existing ? await collectDecisions(tx, documentId) : [];
    const previousEntityIds = existing ? await clearDocumentContents(tx, documentId) : [];
    await tx.run(existing ? UPDATE_DOCUMENT : CREATE_DOCUMENT, documentParams);
    const placements = planEntityMerge(extraction.entities, await storedCandidates(tx, extraction));
    const plan = planIngest(extraction, documentId, placements);
    await writePlan(tx, documentId, plan, options);
    if (meta.text) {
      const stored = { ...meta.text, wordCount: extraction.stats?.words ?? 0 };
      await writeDocumentText(tx, documentId, stored, (id) => placements.get(id)?.targetId ?? id);
    }
    await refreshEntities(tx, [...new Set([...previousEntityIds, ...plan.links.map((link) => link.entityId)])]);
    const decisionsLost = await reapplyDecisions(tx, documentId, decisions);
    return {
      ...(existing ? { decisionsKept: decisions.length - decisionsLost.length, decisionsLost } : {}),
      documentId,
      status: existing ? 'replaced' : 'created',
      entities: plan.links.length,
      relations: countClaims(plan),
      sentences: plan.sentences.length,
      newEntities: plan.newEntities.length,
      mergedEntities: plan.links.length - plan.newEntities.length,
    };
  });
}

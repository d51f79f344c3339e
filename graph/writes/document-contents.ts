/**
 * Removing what one document contributed (its claims, sentences and mention links) and bringing
 * the touched entities back in line: aliases and counts recomputed from the remaining documents,
 * entities no document mentions any more deleted. Shared by replace (ingest) and delete.
 */
import type { GraphTransaction } from '../driver/connection';
import { DELETE_DOCUMENT_TEXT } from './document-text';
import { aggregateEntity, type EntityLinkSummary } from './entity-aggregate';
import {
  DELETE_DOCUMENT_CLAIMS,
  DELETE_DOCUMENT_LINKS,
  DELETE_DOCUMENT_SENTENCES,
  DELETE_ORPHAN_ENTITIES,
  DOCUMENT_ENTITY_IDS,
  ENTITY_LINKS,
  SET_ENTITY_AGGREGATES,
} from './ingest-cypher';

/**
 * Deletes a document's claims, sentences, mention links and stored text (not the Document node itself) and
 * returns the ids of the entities it mentioned, which the caller must pass to `refreshEntities`.
 */
export async function clearDocumentContents(tx: GraphTransaction, documentId: string): Promise<string[]> {
  const [row] = await tx.run(DOCUMENT_ENTITY_IDS, { documentId });
  await tx.run(DELETE_DOCUMENT_CLAIMS, { documentId });
  await tx.run(DELETE_DOCUMENT_SENTENCES, { documentId });
  await tx.run(DELETE_DOCUMENT_LINKS, { documentId });
  await tx.run(DELETE_DOCUMENT_TEXT, { documentId });
  return (row?.ids as string[] | undefined) ?? [];
}

/** Recomputes aliases, mentionCount and keys of `ids` from their links, then deletes the unmentioned. */
export async function refreshEntities(tx: GraphTransaction, ids: readonly string[]): Promise<void> {
  const rows = await tx.run(ENTITY_LINKS, { ids });
  const aggregates = rows.map((row) => ({
    id: row.id as string,
    ...aggregateEntity(row.name as string, row.links as EntityLinkSummary[]),
  }));
  await tx.run(SET_ENTITY_AGGREGATES, { rows: aggregates });
  await tx.run(DELETE_ORPHAN_ENTITIES, { ids });
}

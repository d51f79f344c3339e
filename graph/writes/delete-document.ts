/**
 * Deleting a document: its claims, sentences and Document node go, and so does every entity that
 * no other document mentions; entities shared with other documents keep their other mentions.
 */
import { NotFoundError } from '../../domain/errors';
import type { Graph } from '../driver/connection';
import { clearDocumentContents, refreshEntities } from './document-contents';
import { DELETE_DOCUMENT_NODE, FIND_DOCUMENT } from './ingest-cypher';

/**
 * Deletes in one write transaction; NotFoundError when no document has the id.
 * @example await deleteDocument(graph, 'october-to-brest-litovsk-sv')
 */
export async function deleteDocument(graph: Graph, documentId: string): Promise<void> {
  await graph.writeTransaction(async (tx) => {
    if ((await tx.run(FIND_DOCUMENT, { documentId })).length === 0) {
      throw new NotFoundError(`No document "${documentId}"`, { documentId });
    }
    const entityIds = await clearDocumentContents(tx, documentId);
    await tx.run(DELETE_DOCUMENT_NODE, { documentId });
    await refreshEntities(tx, entityIds);
  });
}

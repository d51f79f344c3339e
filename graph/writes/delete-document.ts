/**
 * Deleting a document: its claims, sentences and Document node go, and so does every entity that
 * no other document mentions; entities shared with other documents keep their other mentions. The
 * deletion is an audit event (who, when, and what was removed: the document, the decisions on its
 * claims, the entities only it mentioned), written in the same transaction.
 */
import type { AuditEvent } from '../../domain/curation';
import { NotFoundError } from '../../domain/errors';
import type { Graph } from '../driver/connection';
import { recordEvent } from './curation/audit-log';
import { documentRemoval } from './curation/document-removal';
import { clearDocumentContents, refreshEntities } from './document-contents';
import { DELETE_DOCUMENT_NODE } from './ingest-cypher';

/**
 * Deletes in one write transaction and returns the audit event; NotFoundError when no document has the id.
 * @example await deleteDocument(graph, 'october-to-brest-litovsk-sv', 'anna')
 */
export async function deleteDocument(graph: Graph, documentId: string, user: string): Promise<AuditEvent> {
  return graph.writeTransaction(async (tx) => {
    const removed = await documentRemoval(tx, documentId);
    if (!removed) throw new NotFoundError(`No document "${documentId}"`, { documentId });
    const entityIds = await clearDocumentContents(tx, documentId);
    await tx.run(DELETE_DOCUMENT_NODE, { documentId });
    await refreshEntities(tx, entityIds);
    return recordEvent(tx, {
      user,
      action: 'document.delete',
      entityIds,
      touches: removed.touches,
      before: removed.removal,
      after: null,
    });
  });
}

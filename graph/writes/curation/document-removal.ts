/**
 * What deleting a document removes, read inside the deleting transaction before anything goes, so
 * the audit event can say it: the document as listed, the decisions on its claims (reviews and
 * hand-added claims, which are lost with it) and the entities no other document mentions.
 */
import type { DocumentSummary } from '../../../domain/api';
import type { ClaimState, DocumentRemoval, EntityState } from '../../../domain/curation';
import type { GraphTransaction } from '../../driver/connection';
import { claimStateOf } from '../../queries/claim-state';
import { DOCUMENT_BY_ID } from '../../queries/documents';
import { CLAIM_TYPES } from '../../queries/projections';
import { claimTouch, entityTouch } from './audit-log';

const DECIDED_CLAIMS = `
MATCH (:Document {id: $documentId})-[:MENTIONS_ENTITY]->(a:Entity)-[r:${CLAIM_TYPES}]->(b:Entity)
WHERE r.documentId = $documentId AND (r.status IN ['accepted', 'rejected'] OR r.origin = 'historian')
RETURN type(r) AS type, a.id AS source, b.id AS target, properties(r) AS props
ORDER BY r.id`;

const ENTITIES_ONLY_HERE = `
MATCH (d:Document {id: $documentId})-[:MENTIONS_ENTITY]->(e:Entity)
WHERE NOT EXISTS { MATCH (other:Document)-[:MENTIONS_ENTITY]->(e) WHERE other <> d }
RETURN e.id AS id, e.name AS name, e.type AS type
ORDER BY e.id`;

/** The removal record and what it touches (for undo's dependency check); undefined for an unknown document. */
export async function documentRemoval(tx: GraphTransaction, documentId: string): Promise<{ removal: DocumentRemoval; touches: string[] } | undefined> {
  const [document] = await tx.run(DOCUMENT_BY_ID, { id: documentId });
  if (!document) return undefined;
  const decisions: ClaimState[] = (await tx.run(DECIDED_CLAIMS, { documentId })).map((row) =>
    claimStateOf(row.type as string, row.source as string, row.target as string, row.props as Record<string, unknown>),
  );
  const entitiesRemoved = (await tx.run(ENTITIES_ONLY_HERE, { documentId })) as unknown as EntityState[];
  const removal: DocumentRemoval = { document: document as unknown as DocumentSummary, decisions, entitiesRemoved };
  const touches = [`document:${documentId}`, ...decisions.map((claim) => claimTouch(claim.id)), ...entitiesRemoved.map((entity) => entityTouch(entity.id))];
  return { removal, touches };
}

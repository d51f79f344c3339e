/** The documents in the graph, with how many sentences, claims and entities each contributed. */
import type { DocumentSummary } from '../../domain/api';
import type { Graph } from '../driver/connection';
import { CLAIM_TYPES } from './projections';

const DOCUMENT_SUMMARY = `
RETURN d.id AS id, d.title AS title, d.language AS language, d.sha256 AS sha256, d.ingestedAt AS ingestedAt, d.ingestedBy AS ingestedBy,
       COUNT { (d)-[:HAS_SENTENCE]->() } AS sentenceCount,
       [(d)-[:HAS_TEXT]->(t:DocumentText) | t.wordCount][0] AS wordCount,
       COUNT { (d)-[:MENTIONS_ENTITY]->() } AS entityCount,
       COUNT { MATCH (d)-[:MENTIONS_ENTITY]->(:Entity)-[r:${CLAIM_TYPES}]->(:Entity) WHERE r.documentId = d.id } AS claimCount`;

export const LIST_DOCUMENTS = `
MATCH (d:Document)
${DOCUMENT_SUMMARY}
ORDER BY d.title, d.id`;

export const DOCUMENT_BY_ID = `
MATCH (d:Document {id: $id})
${DOCUMENT_SUMMARY}`;

/**
 * @example await listDocuments(graph) // [{ id: 'october-to-brest-litovsk-sv', title: '...', claimCount: 412, ... }]
 */
export async function listDocuments(graph: Graph): Promise<DocumentSummary[]> {
  return (await graph.read(LIST_DOCUMENTS, {})) as unknown as DocumentSummary[];
}

/**
 * One document's summary, or null when no document has that id.
 * @example (await findDocument(graph, 'brest'))?.sha256
 */
export async function findDocument(graph: Graph, id: string): Promise<DocumentSummary | null> {
  const [row] = await graph.read(DOCUMENT_BY_ID, { id });
  return (row as unknown as DocumentSummary | undefined) ?? null;
}

/**
 * One entity in full: its aliases and counts, every surface form with its document and line,
 * the sentences that mention it and the documents it appears in.
 */
import type { EntityDetail, SentenceRef } from '../../domain/api';
import { NotFoundError } from '../../domain/errors';
import type { Graph } from '../connection';
import { asGraphNode, nodeProjection } from './projections';

export const ENTITY_WITH_MENTIONS = `
MATCH (e:Entity {id: $id})
OPTIONAL MATCH (d:Document)-[m:MENTIONS_ENTITY]->(e)
WITH e, d, m ORDER BY d.id
RETURN ${nodeProjection('e')} AS node,
       collect(CASE WHEN d IS NULL THEN null ELSE {documentId: d.id, lines: m.lines, texts: m.texts} END) AS links`;

export const ENTITY_SENTENCES = `
MATCH (s:Sentence)-[:MENTIONS]->(:Entity {id: $id})
RETURN s.id AS id, s.documentId AS documentId, s.line AS line, s.text AS text
ORDER BY documentId, line
LIMIT toInteger($limit)`;

/** At most this many sentences come back with an entity; Trotsky alone can fill hundreds. */
export const DEFAULT_SENTENCE_LIMIT = 200;

interface MentionLink {
  documentId: string;
  lines: number[];
  texts: string[];
}

/**
 * @example await entityDetail(graph, 'kerenski')
 * // { id: 'kerenski', name: 'Kerenski', mentions: [{ documentId: 'brest', line: 12, text: 'Kerenskis' }], sentences: [...], documents: ['brest'], ... }
 */
export async function entityDetail(graph: Graph, id: string, sentenceLimit = DEFAULT_SENTENCE_LIMIT): Promise<EntityDetail> {
  return graph.readTransaction(async (tx) => {
    const [row] = await tx.run(ENTITY_WITH_MENTIONS, { id });
    if (!row) throw new NotFoundError(`No entity "${id}"`, { id });
    const links = row.links as MentionLink[];
    const sentences = (await tx.run(ENTITY_SENTENCES, { id, limit: sentenceLimit })) as unknown as SentenceRef[];
    return {
      ...asGraphNode(row.node),
      mentions: links.flatMap((link) => link.lines.map((line, i) => ({ documentId: link.documentId, line, text: link.texts[i] ?? '' }))),
      sentences,
      documents: links.map((link) => link.documentId),
    };
  });
}

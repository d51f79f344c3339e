/**
 * One entity in full: its aliases and counts, every surface form with its document and line,
 * the sentences that mention it and the documents it appears in.
 */
import type { EntityDetail, SentenceRef } from '../../domain/api';
import { NotFoundError } from '../../domain/errors';
import type { Graph } from '../driver/connection';
import { asGraphNode, nodeProjection } from './projections';

/**
 * The entity, its mention links by document and its first `$limit` sentences, in one statement
 * (one round trip: the per-statement cost, not Neo4j's work, was most of the time).
 */
export const ENTITY_DETAIL = `
MATCH (e:Entity {id: $id})
CALL (e) {
  MATCH (d:Document)-[m:MENTIONS_ENTITY]->(e)
  WITH d, m ORDER BY d.id
  RETURN collect({documentId: d.id, lines: m.lines, texts: m.texts}) AS links
}
CALL (e) {
  MATCH (s:Sentence)-[:MENTIONS]->(e)
  WITH s ORDER BY s.documentId, s.line
  LIMIT toInteger($limit)
  RETURN collect(s {.id, .documentId, .line, .text}) AS sentences
}
RETURN ${nodeProjection('e')} AS node, links, sentences`;

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
  const [row] = await graph.read(ENTITY_DETAIL, { id, limit: sentenceLimit });
  if (!row) throw new NotFoundError(`No entity "${id}"`, { id });
  const links = row.links as MentionLink[];
  return {
    ...asGraphNode(row.node),
    mentions: links.flatMap((link) => link.lines.map((line, i) => ({ documentId: link.documentId, line, text: link.texts[i] ?? '' }))),
    sentences: row.sentences as SentenceRef[],
    documents: links.map((link) => link.documentId),
  };
}

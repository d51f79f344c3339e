/**
 * Cypher projections shared by the read queries, so that every query returns entities and claims
 * in exactly the domain/api.ts shapes (GraphNode, GraphEdge) as plain maps, never driver objects.
 */
import type { GraphEdge, GraphNode } from '../../domain/api';
import { RELATION_TYPES } from '../../domain/types';

/** The relationship types that are claims, as a Cypher type alternation: OPPOSED|JOINED|... */
export const CLAIM_TYPES = RELATION_TYPES.join('|');

/** Projects entity variable `v` to a GraphNode map. */
export function nodeProjection(v: string): string {
  return `${v} {.id, .name, .type, aliases: coalesce(${v}.aliases, []), mentionCount: coalesce(${v}.mentionCount, 0)}`;
}

/** Projects claim variable `r` to a GraphEdge map. */
export function edgeProjection(r: string): string {
  return `{id: ${r}.id, source: startNode(${r}).id, target: endNode(${r}).id, type: type(${r}),
    date: ${r}.date, dateGregorian: ${r}.dateGregorian, calendar: ${r}.calendar, dateBasis: ${r}.dateBasis, datePrecision: ${r}.datePrecision, line: ${r}.line,
    evidence: ${r}.evidence, sentenceId: ${r}.sentenceId, documentId: ${r}.documentId, confidence: ${r}.confidence,
    attributedTo: ${r}.attributedTo,
    status: coalesce(${r}.status, 'machine'), reviewedBy: ${r}.reviewedBy}`;
}

/** True for a claim `r` no historian rejected: rejected claims stay stored (and undoable) but out of every view. */
export function claimNotRejected(r: string): string {
  return `coalesce(${r}.status, 'machine') <> 'rejected'`;
}

/** A row value produced by `nodeProjection`, typed. */
export function asGraphNode(value: unknown): GraphNode {
  return value as GraphNode;
}

/** A row value produced by `edgeProjection`, typed. */
export function asGraphEdge(value: unknown): GraphEdge {
  return value as GraphEdge;
}

/** Orders claims by Gregorian date (undated last), then document and line, for stable timelines. */
export function compareClaimsByDate(a: GraphEdge, b: GraphEdge): number {
  const dateA = a.dateGregorian ?? a.date;
  const dateB = b.dateGregorian ?? b.date;
  if (dateA !== dateB) {
    if (dateA === null) return 1;
    if (dateB === null) return -1;
    return dateA < dateB ? -1 : 1;
  }
  if (a.documentId !== b.documentId) return a.documentId < b.documentId ? -1 : 1;
  return a.line - b.line || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

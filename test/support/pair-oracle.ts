/**
 * The oracle for aggregated edges: per-claim GraphEdges (from graphInWindow or egoNetwork) grouped in
 * TypeScript by source, relation type and target into the PairEdges the Cypher aggregate should send.
 * A pair's span runs from the first day of its claim with the earliest date (Gregorian where it has one)
 * to the last day of the claim with the latest, a month counting after the days inside it.
 */
import type { GraphEdge, PairEdge } from '../../domain/api';
import { claimInterval } from '../../domain/dates/claim-days';

const sortKey = (edge: GraphEdge): string => edge.dateGregorian ?? edge.date ?? '';

export function pairsOf(claims: readonly GraphEdge[]): PairEdge[] {
  const groups = new Map<string, GraphEdge[]>();
  for (const claim of claims) {
    const key = `${claim.source}|${claim.type}|${claim.target}`;
    groups.set(key, [...(groups.get(key) ?? []), claim]);
  }
  return [...groups].map(([id, group]): PairEdge => {
    const dated = group.filter((claim) => claim.date !== null);
    const first = [...dated].sort((a, b) => (sortKey(a) < sortKey(b) ? -1 : sortKey(a) > sortKey(b) ? 1 : 0))[0];
    const last = [...dated].sort((a, b) => (`${sortKey(a)}~` < `${sortKey(b)}~` ? 1 : `${sortKey(a)}~` > `${sortKey(b)}~` ? -1 : 0))[0];
    const statuses = group.map((claim) => claim.status ?? 'machine');
    return {
      id,
      source: group[0].source,
      target: group[0].target,
      type: group[0].type,
      claims: group.length,
      undated: group.length - dated.length,
      firstDay: first ? (claimInterval(first)?.start ?? null) : null,
      lastDay: last ? (claimInterval(last)?.end ?? null) : null,
      documentIds: [...new Set(group.map((claim) => claim.documentId))].sort(),
      confidence: Math.max(...group.map((claim) => claim.confidence)),
      status: statuses.every((s) => s === 'rejected') ? 'rejected' : statuses.every((s) => s === 'accepted') ? 'accepted' : 'machine',
    };
  }).sort((a, b) => b.claims - a.claims || (a.id < b.id ? -1 : 1));
}

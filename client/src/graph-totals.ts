/**
 * The line that tells how much of the graph the page shows: the server sends the most important
 * entities inside the filter (GraphSelection) and how many there are in all, and the page may add
 * entities by expanding a node, so "showing" counts what is loaded and "of" what exists.
 */
import type { GraphTotals } from '../../domain/api';

const count = (value: number): string => value.toLocaleString('en-US');

/**
 * @example totalsLine({ entities: 300, claims: 1204 }, { entities: 12431, claims: 9877 })
 * // 'showing 300 of 12,431 entities · 1,204 of 9,877 claims'
 */
export function totalsLine(shown: GraphTotals, totals: GraphTotals): string {
  // Expanding can load claims the selection's filter would leave out; never say "showing 310 of 300".
  const entities = Math.max(totals.entities, shown.entities);
  const claims = Math.max(totals.claims, shown.claims);
  return `showing ${count(shown.entities)} of ${count(entities)} entities · ${count(shown.claims)} of ${count(claims)} claims`;
}

/**
 * The server-side selection, checked against the full window view (graphInWindow) of the same
 * filter as the oracle: the totals are its counts, the chosen entities are its most connected ones
 * (claims, then mentions, then id), the edges sent are its claims among them grouped per pair and
 * relation type (pair-oracle.ts), the heaviest first when capped, and the histogram counts those claims.
 */
import type { GraphFilter, GraphView } from '../../../domain/api';
import { claimInterval } from '../../../domain/dates/claim-days';
import { InvalidInputError } from '../../../domain/errors';
import { claimSelection, graphSelection } from '../../../graph/queries/graph-selection';
import { graphInWindow } from '../../../graph/queries/time-window';
import { pairsOf } from '../../support/pair-oracle';
import { ingestExtraction } from '../../../graph/writes/ingest-extraction';
import { SWEDISH } from '../fixtures/extractions';
import { useQueryFixture } from './query-fixture';

const graph = useQueryFixture();

/** The `limit` entities of `view` with the most claims, as the selection should rank them. */
function topOf(view: GraphView, limit: number): string[] {
  const claims = new Map<string, number>();
  for (const edge of view.edges) for (const end of [edge.source, edge.target]) claims.set(end, (claims.get(end) ?? 0) + 1);
  return [...view.nodes]
    .sort((a, b) => (claims.get(b.id) ?? 0) - (claims.get(a.id) ?? 0) || b.mentionCount - a.mentionCount || (a.id < b.id ? -1 : 1))
    .slice(0, limit)
    .map((node) => node.id)
    .sort();
}

describe('graphSelection', () => {
  test.each<[string, GraphFilter, number]>([
    ['everything, 3 entities', {}, 3],
    ['everything, 5 entities', {}, 5],
    ['a window, 2 entities', { from: '1917-10-20', to: '1917-10-31' }, 2],
    ['one relation type', { relationTypes: ['OPPOSED'] }, 2],
    ['a limit above the total', {}, 300],
  ])('%s: totals, the top entities and the edges among them', async (_label, filter, limit) => {
    const full = await graphInWindow(graph(), filter);
    const selection = await graphSelection(graph(), filter, { limit });
    expect(selection.totals).toEqual({ entities: full.nodes.length, claims: full.edges.length });
    expect(selection.limit).toBe(limit);
    const chosen = topOf(full, limit);
    expect(selection.nodes.map((node) => node.id)).toEqual(chosen);
    const among = full.edges.filter((edge) => chosen.includes(edge.source) && chosen.includes(edge.target));
    expect(selection.edges).toEqual(pairsOf(among));
    expect(selection.pairs).toBe(selection.edges.length);
    expect(selection.shown).toEqual({ entities: chosen.length, edges: selection.edges.length, claims: among.length });
    const days = new Map<number, number>();
    for (const edge of among) {
      const start = edge.date === null ? undefined : claimInterval(edge)?.start;
      if (start !== undefined) days.set(start, (days.get(start) ?? 0) + 1);
    }
    expect(selection.claimDays).toEqual([...days].sort(([a], [b]) => a - b));
  });

  test('edgeLimit keeps the edges with the most claims, still counts every pair, and the histogram only the claims sent', async () => {
    const all = await graphSelection(graph());
    const two = await graphSelection(graph(), {}, { edgeLimit: 2 });
    expect(two.edges).toEqual(all.edges.slice(0, 2));
    expect(two.pairs).toBe(all.edges.length);
    expect(two.shown).toEqual({ entities: all.nodes.length, edges: 2, claims: all.edges[0].claims + all.edges[1].claims });
    const dated = two.edges.reduce((sum, edge) => sum + edge.claims - edge.undated, 0);
    expect(two.claimDays.reduce((sum, [, claims]) => sum + claims, 0)).toBe(dated);
  });

  test('the view of claims (edges=claims) has the same entities, and its claims grouped are the edges', async () => {
    const claims = await claimSelection(graph(), {}, 5);
    const pairs = await graphSelection(graph(), {}, { limit: 5 });
    expect(claims.nodes).toEqual(pairs.nodes);
    expect(pairsOf(claims.edges)).toEqual(pairs.edges);
  });

  test('the most connected entity comes first: Kerenski, in claims of both documents, is a selection of one', async () => {
    const selection = await graphSelection(graph(), {}, { limit: 1 });
    expect(selection.nodes.map((node) => node.id)).toEqual(['kerenski']);
    expect(selection.edges).toEqual([]);
  });

  test('a window without claims: nothing shown, totals zero', async () => {
    expect(await graphSelection(graph(), { from: '1700', to: '1701' })).toEqual({
      nodes: [], edges: [], totals: { entities: 0, claims: 0 }, shown: { entities: 0, edges: 0, claims: 0 }, pairs: 0, limit: 300, edgeLimit: 1000, claimDays: [],
    });
  });

  test.each([[0], [5001], [2.5]])('refuses limit %p', async (limit) => {
    await expect(graphSelection(graph(), {}, { limit })).rejects.toThrow(InvalidInputError);
    await expect(claimSelection(graph(), {}, limit)).rejects.toThrow(InvalidInputError);
  });

  test.each([[0], [20_001], [1.5]])('refuses edgeLimit %p', async (edgeLimit) => {
    await expect(graphSelection(graph(), {}, { edgeLimit })).rejects.toThrow(InvalidInputError);
  });
});

describe('graphSelection with the Swedish document stored twice', () => {
  beforeAll(async () => {
    await ingestExtraction(graph(), SWEDISH, { id: 'oktober-kopia', title: 'Kopia', sha256: 'c'.repeat(64), ingestedAt: '2026-01-03T00:00:00.000Z' });
  });

  test('parallel claims become one edge with their count and both documents', async () => {
    const selection = await graphSelection(graph());
    const full = await graphInWindow(graph());
    expect(selection.edges).toEqual(pairsOf(full.edges));
    expect(selection.edges.some((edge) => edge.claims === 2 && edge.documentIds.join() === 'oktober,oktober-kopia')).toBe(true);
    expect(selection.shown.claims).toBe(selection.totals.claims);
    expect(selection.edges.length).toBeLessThan(full.edges.length);
  });
});

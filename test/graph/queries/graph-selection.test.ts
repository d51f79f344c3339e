/**
 * The server-side selection, checked against the full window view (graphInWindow) of the same
 * filter as the oracle: the totals are its counts, the chosen entities are its most connected ones
 * (claims, then mentions, then id), and the claims sent are exactly its claims among them.
 */
import type { GraphFilter, GraphView } from '../../../domain/api';
import { InvalidInputError } from '../../../domain/errors';
import { graphSelection } from '../../../graph/queries/graph-selection';
import { graphInWindow } from '../../../graph/queries/time-window';
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
  ])('%s: totals, the top entities and the claims among them', async (_label, filter, limit) => {
    const full = await graphInWindow(graph(), filter);
    const selection = await graphSelection(graph(), filter, limit);
    expect(selection.totals).toEqual({ entities: full.nodes.length, claims: full.edges.length });
    expect(selection.limit).toBe(limit);
    const chosen = topOf(full, limit);
    expect(selection.nodes.map((node) => node.id)).toEqual(chosen);
    const among = full.edges.filter((edge) => chosen.includes(edge.source) && chosen.includes(edge.target));
    expect(selection.edges).toEqual(among);
  });

  test('the most connected entity comes first: Kerenski, in claims of both documents, is a selection of one', async () => {
    const selection = await graphSelection(graph(), {}, 1);
    expect(selection.nodes.map((node) => node.id)).toEqual(['kerenski']);
    expect(selection.edges).toEqual([]);
  });

  test('a window without claims: nothing shown, totals zero', async () => {
    expect(await graphSelection(graph(), { from: '1700', to: '1701' })).toEqual({ nodes: [], edges: [], totals: { entities: 0, claims: 0 }, limit: 300 });
  });

  test.each([[0], [5001], [2.5]])('refuses limit %p', async (limit) => {
    await expect(graphSelection(graph(), {}, limit)).rejects.toThrow(InvalidInputError);
  });
});

/**
 * Expand: an entity's neighbours ranked by their claims with it, checked against the depth-1 ego
 * network (egoNetwork) as the oracle for who the neighbours are and which claims link them (sent as
 * one edge per pair and relation type, pair-oracle.ts).
 */
import { InvalidInputError, NotFoundError } from '../../../domain/errors';
import { expandEntity } from '../../../graph/queries/expansion';
import { egoNetwork } from '../../../graph/queries/neighbors';
import { pairsOf } from '../../support/pair-oracle';
import { useQueryFixture } from './query-fixture';

const graph = useQueryFixture();

describe('expandEntity', () => {
  test('every neighbour and every claim of the entity when the limit allows', async () => {
    const ego = await egoNetwork(graph(), 'kerenski', 1);
    const expansion = await expandEntity(graph(), 'kerenski', {}, 50);
    expect(expansion.centre).toBe('kerenski');
    expect(expansion.nodes[0].id).toBe('kerenski');
    expect(expansion.nodes.map((node) => node.id).sort()).toEqual(ego.nodes.map((node) => node.id));
    const own = ego.edges.filter((edge) => edge.source === 'kerenski' || edge.target === 'kerenski');
    expect(expansion.edges).toEqual(pairsOf(own));
    expect(expansion.totals).toEqual({ entities: ego.nodes.length - 1, claims: own.length });
  });

  test('a limit keeps the neighbours with the most claims with it, and the totals still count all', async () => {
    const all = await expandEntity(graph(), 'militarrevolutionara_kommitten', {}, 50);
    const two = await expandEntity(graph(), 'militarrevolutionara_kommitten', {}, 2);
    expect(two.nodes).toHaveLength(3);
    expect(two.totals).toEqual(all.totals);
    const shown = new Set(two.nodes.map((node) => node.id));
    expect(two.edges.every((edge) => shown.has(edge.source) && shown.has(edge.target))).toBe(true);
    const claimsWith = (id: string): number => all.edges.filter((edge) => edge.source === id || edge.target === id).reduce((sum, edge) => sum + edge.claims, 0);
    const left = all.nodes.filter((node) => !shown.has(node.id)).map((node) => claimsWith(node.id));
    const kept = two.nodes.slice(1).map((node) => claimsWith(node.id));
    expect(Math.min(...kept)).toBeGreaterThanOrEqual(Math.max(...left));
  });

  test('a filter applies to the claims walked', async () => {
    const expansion = await expandEntity(graph(), 'kerenski', { relationTypes: ['ARRESTED'] });
    expect(expansion).toEqual({ centre: 'kerenski', nodes: [expect.objectContaining({ id: 'kerenski' })], edges: [], totals: { entities: 0, claims: 0 } });
  });

  test('an unknown entity is NotFound; a bad limit is refused', async () => {
    await expect(expandEntity(graph(), 'nobody')).rejects.toThrow(NotFoundError);
    await expect(expandEntity(graph(), 'kerenski', {}, 0)).rejects.toThrow(InvalidInputError);
  });
});

import { InvalidInputError, NotFoundError } from '../../../domain/errors';
import { egoNetwork } from '../../../graph/queries/neighbors';
import { useQueryFixture } from './query-fixture';

const graph = useQueryFixture();

describe('egoNetwork', () => {
  test.each([
    [1, ['bolsheviks', 'kerenski', 'kornilov', 'lenin', 'militarrevolutionara_kommitten']],
    [2, ['bolsheviks', 'bolsjevikerna', 'kerenski', 'kornilov', 'lenin', 'militarrevolutionara_kommitten', 'ministrarna', 'petrograds_garnison']],
    [3, ['bolsheviks', 'bolsjevikerna', 'kerenski', 'kornilov', 'lenin', 'militarrevolutionara_kommitten', 'ministrarna', 'petrograds_garnison', 'provisoriska_regeringen']],
  ])('depth %i around Kerenski', async (depth, expected) => {
    const view = await egoNetwork(graph(), 'kerenski', depth);
    expect(view.nodes.map((node) => node.id)).toEqual(expected);
    for (const edge of view.edges) expect(expected).toEqual(expect.arrayContaining([edge.source, edge.target]));
  });

  test('a filter limits the walk', async () => {
    const view = await egoNetwork(graph(), 'kerenski', 3, { relationTypes: ['OPPOSED'] });
    expect(view.nodes.map((node) => node.id)).toEqual(['bolsheviks', 'kerenski', 'kornilov', 'militarrevolutionara_kommitten']);
    expect(view.edges).toHaveLength(3);
  });

  test.each([[0], [4], [1.5]])('refuses depth %p', async (depth) => {
    await expect(egoNetwork(graph(), 'kerenski', depth)).rejects.toThrow(InvalidInputError);
  });

  test('an unknown centre is NotFound', async () => {
    await expect(egoNetwork(graph(), 'nobody', 2)).rejects.toThrow(NotFoundError);
  });

  test('a centre whose claims all fail the filter stands alone', async () => {
    const view = await egoNetwork(graph(), 'kerenski', 2, { relationTypes: ['ARRESTED'] });
    expect(view).toEqual({ nodes: [expect.objectContaining({ id: 'kerenski' })], edges: [] });
  });
});

import { InvalidInputError, NotFoundError } from '../../../domain/errors';
import { shortestPaths } from '../../../graph/queries/paths';
import { useQueryFixture } from './query-fixture';

const graph = useQueryFixture();

describe('shortestPaths', () => {
  test('Kornilov to the arrested ministers through Kerenski and the committee', async () => {
    const result = await shortestPaths(graph(), 'kornilov', 'ministrarna');
    expect(result.paths.map((path) => path.nodes.map((node) => node.id))).toEqual([
      ['kornilov', 'kerenski', 'militarrevolutionara_kommitten', 'ministrarna'],
    ]);
    expect(result.paths[0].edges.map((edge) => edge.type)).toEqual(['OPPOSED', 'OPPOSED', 'ARRESTED']);
  });

  test.each([
    ['too short a maximum finds nothing', 'kornilov', 'ministrarna', 2, 0],
    ['unconnected entities', 'kornilov', 'smolnyj', 6, 0],
    ['an entity to itself', 'lenin', 'lenin', 6, 1],
  ])('%s', async (_label, from, to, maxLength, count) => {
    expect((await shortestPaths(graph(), from, to, maxLength)).paths).toHaveLength(count);
  });

  test('errors', async () => {
    await expect(shortestPaths(graph(), 'kornilov', 'rasputin')).rejects.toThrow(NotFoundError);
    await expect(shortestPaths(graph(), 'kornilov', 'lenin', 7)).rejects.toThrow(InvalidInputError);
  });
});

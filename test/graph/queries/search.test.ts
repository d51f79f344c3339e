import { InvalidInputError } from '../../../domain/errors';
import { candidateQuery, searchEntities } from '../../../graph/queries/search';
import { useQueryFixture } from './query-fixture';

const graph = useQueryFixture();

describe('searchEntities', () => {
  test.each([
    ['Kerenskis', 'kerenski'],
    ['Kerensky', 'kerenski'],
    ['kerenskij', 'kerenski'],
    ['Keren', 'kerenski'],
    ['garnisonen', 'petrograds_garnison'],
    ['Korniloff', 'kornilov'],
    ['bolsjevikernas', 'bolsjevikerna'],
    ['militärrevolutionära', 'militarrevolutionara_kommitten'],
  ])('%s finds %s first', async (query, expected) => {
    const [first] = await searchEntities(graph(), query);
    expect(first?.id).toBe(expected);
  });

  test('types and limit', async () => {
    expect((await searchEntities(graph(), 'k', { types: ['Organization'] })).map((e) => e.id)).toEqual(['militarrevolutionara_kommitten']);
    expect(await searchEntities(graph(), 'k', { limit: 1 })).toHaveLength(1);
  });

  test.each([[''], ['  ']])('refuses the query %j', async (query) => {
    await expect(searchEntities(graph(), query)).rejects.toThrow(InvalidInputError);
  });
});

describe('candidateQuery (the full-text index narrows, the keys decide)', () => {
  test.each([
    [['kerenski'], '(+kerenski*)'],
    [['petrograds gar', 'kerenski'], '(+petrograds* +gar*) OR (+kerenski*)'],
    [['a:b (c)'], '(+a\\:b* +\\(c\\)*)'],
    [['  '], ''],
  ])('%p → %s', (keys, expected) => {
    expect(candidateQuery(keys)).toBe(expected);
  });
});

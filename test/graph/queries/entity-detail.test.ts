import { NotFoundError } from '../../../domain/errors';
import { entityDetail } from '../../../graph/queries/entity-detail';
import { useQueryFixture } from './query-fixture';

const graph = useQueryFixture();

describe('entityDetail', () => {
  test('aliases, mentions, sentences and documents across both texts', async () => {
    const detail = await entityDetail(graph(), 'kerenski');
    expect(detail).toMatchObject({ id: 'kerenski', name: 'Kerenski', type: 'Person', mentionCount: 5, documents: ['memoir', 'oktober'] });
    expect(detail.aliases).toEqual(['Kerenskis', 'Kerensky', "Kerensky's"]);
    expect(detail.mentions).toContainEqual({ documentId: 'memoir', line: 4, text: 'Kerensky' });
    expect(detail.mentions).toHaveLength(5);
    expect(detail.sentences.map((s) => `${s.documentId}:${s.line}`)).toEqual(['memoir:2', 'memoir:4', 'oktober:5', 'oktober:7', 'oktober:11']);
  });

  test('an unknown id is NotFoundError', async () => {
    await expect(entityDetail(graph(), 'rasputin')).rejects.toThrow(NotFoundError);
  });

  test('the sentence limit keeps the first sentences in document and line order', async () => {
    const detail = await entityDetail(graph(), 'kerenski', 2);
    expect(detail.sentences.map((s) => `${s.documentId}:${s.line}`)).toEqual(['memoir:2', 'memoir:4']);
    expect(detail.mentions).toHaveLength(5);
  });
});

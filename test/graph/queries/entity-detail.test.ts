import { NotFoundError } from '../../../domain/errors';
import { entityClaims } from '../../../graph/queries/allegiance';
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
    const detail = await entityDetail(graph(), 'kerenski', { limit: 2 });
    expect(detail.sentences.map((s) => `${s.documentId}:${s.line}`)).toEqual(['memoir:2', 'memoir:4']);
    expect(detail.mentions).toHaveLength(5);
  });

  test('the detail carries every claim of the entity, all relation types, both directions', async () => {
    const detail = await entityDetail(graph(), 'militarrevolutionara_kommitten');
    expect(detail.claims.map((c) => [c.type, c.direction, c.counterpart.id])).toEqual(
      (await entityClaims(graph(), 'militarrevolutionara_kommitten')).claims.map((c) => [c.type, c.direction, c.counterpart.id]),
    );
    expect(detail.claims.map((c) => c.type)).toContain('ARRESTED');
    expect(detail.claims.find((c) => c.type === 'ARRESTED')).toMatchObject({ direction: 'out', counterpart: { id: 'ministrarna' }, confidence: 0.9 });
  });

  test('sentences come in pages, with the total beside them', async () => {
    const first = await entityDetail(graph(), 'kerenski', { offset: 0, limit: 2 });
    const second = await entityDetail(graph(), 'kerenski', { offset: 2, limit: 2 });
    expect(first.sentenceCount).toBe(5);
    expect(second.sentenceCount).toBe(5);
    expect([...first.sentences, ...second.sentences].map((s) => `${s.documentId}:${s.line}`)).toEqual(['memoir:2', 'memoir:4', 'oktober:5', 'oktober:7']);
  });
});

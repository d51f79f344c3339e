import { findDocument, listDocuments } from '../../../graph/queries/documents';
import { useQueryFixture } from './query-fixture';

const graph = useQueryFixture();

describe('documents', () => {
  test('listDocuments counts each document’s contribution', async () => {
    expect(await listDocuments(graph())).toEqual([
      { id: 'oktober', title: 'Från oktober', language: 'sv', sha256: 'a'.repeat(64), ingestedAt: '2026-01-01T00:00:00.000Z', ingestedBy: 'anna', sentenceCount: 6, claimCount: 6, entityCount: 8, wordCount: null },
      { id: 'memoir', title: 'Memoir', language: 'en', sha256: 'b'.repeat(64), ingestedAt: '2026-01-02T00:00:00.000Z', ingestedBy: null, sentenceCount: 2, claimCount: 2, entityCount: 3, wordCount: null },
    ]);
  });

  test('findDocument', async () => {
    expect((await findDocument(graph(), 'memoir'))?.claimCount).toBe(2);
    expect(await findDocument(graph(), 'nothing')).toBeNull();
  });
});

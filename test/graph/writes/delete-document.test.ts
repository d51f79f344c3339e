import { NotFoundError } from '../../../domain/errors';
import type { Graph } from '../../../graph/driver/connection';
import { deleteDocument } from '../../../graph/writes/delete-document';
import { ingestExtraction } from '../../../graph/writes/ingest-extraction';
import { ENGLISH, SWEDISH } from '../fixtures/extractions';
import { useTestGraph, graphCounts } from '../fixtures/test-graph';

const testGraph = useTestGraph({ emptyBeforeEach: true });
let graph: Graph;
beforeAll(async () => {
  graph = testGraph();
});
beforeEach(async () => {
  await ingestExtraction(graph, SWEDISH, { id: 'oktober', title: 'Från oktober', sha256: 'a'.repeat(64) });
  await ingestExtraction(graph, ENGLISH, { id: 'memoir', title: 'Memoir', sha256: 'b'.repeat(64) });
});

describe('deleteDocument', () => {
  test('removes its claims and sentences and the entities only it mentioned', async () => {
    await deleteDocument(graph, 'oktober', 'anna');
    expect(await graphCounts(graph)).toEqual({
      entities: 3, documents: 1, sentences: 2, mentions: 4, mentionLinks: 3, hasSentence: 2, claims: 2,
    });
    const entities = await graph.read('MATCH (e:Entity) RETURN e.id AS id, e.mentionCount AS n, e.aliases AS aliases ORDER BY id');
    expect(entities).toEqual([
      { id: 'bolsheviks', n: 1, aliases: [] },
      { id: 'kerenski', n: 2, aliases: ['Kerensky', "Kerensky's"] },
      { id: 'kornilov', n: 1, aliases: ['Korniloff'] },
    ]);
  });

  test('deleting both leaves an empty graph', async () => {
    await deleteDocument(graph, 'memoir', 'anna');
    await deleteDocument(graph, 'oktober', 'anna');
    expect(Object.values(await graphCounts(graph)).every((count) => count === 0)).toBe(true);
  });

  test('an unknown document is NotFoundError and changes nothing', async () => {
    const before = await graphCounts(graph);
    await expect(deleteDocument(graph, 'nothing', 'anna')).rejects.toThrow(NotFoundError);
    expect(await graphCounts(graph)).toEqual(before);
  });
});

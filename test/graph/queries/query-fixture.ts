/** The read-query tests' graph: the Swedish and English fixture documents, seeded once per test file. */
import type { Graph } from '../../../graph/driver/connection';
import { ingestExtraction } from '../../../graph/writes/ingest-extraction';
import { ENGLISH, SWEDISH } from '../fixtures/extractions';
import { clearGraph, useTestGraph } from '../fixtures/test-graph';

/**
 * @example const graph = useQueryFixture(); test('…', async () => expect(await listDocuments(graph())).toHaveLength(2));
 */
export function useQueryFixture(): () => Graph {
  const testGraph = useTestGraph();
  beforeAll(async () => {
    const graph = testGraph();
    await clearGraph(graph);
    await ingestExtraction(graph, SWEDISH, { id: 'oktober', title: 'Från oktober', sha256: 'a'.repeat(64), ingestedAt: '2026-01-01T00:00:00.000Z', ingestedBy: 'anna' });
    await ingestExtraction(graph, ENGLISH, { id: 'memoir', title: 'Memoir', sha256: 'b'.repeat(64), ingestedAt: '2026-01-02T00:00:00.000Z' });
  });
  return testGraph;
}

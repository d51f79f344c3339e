/**
 * The API tests' setup: the app over the test Neo4j, seeded with the graph tests' hand-made Swedish
 * and English extractions, and a check that a refused request left every count as it was.
 */
import type { Express } from 'express';
import type { Graph } from '../../../graph/driver/connection';
import { ingestExtraction } from '../../../graph/writes/ingest-extraction';
import { createApp } from '../../../server/app';
import { ENGLISH, SWEDISH } from '../../graph/fixtures/extractions';
import { clearGraph, graphCounts, useTestGraph } from '../../graph/fixtures/test-graph';

export interface ApiContext {
  graph: Graph;
  app: Express;
}

/** Seeds the two fixture documents: "oktober" (Swedish) and "kerensky" (English). */
export async function seedFixtureDocuments(graph: Graph): Promise<void> {
  await clearGraph(graph);
  await ingestExtraction(graph, SWEDISH, { id: 'oktober', title: 'Oktober', sha256: 'a'.repeat(64), ingestedAt: '2024-01-01T00:00:00Z' });
  await ingestExtraction(graph, ENGLISH, { id: 'kerensky', title: 'Kerensky', sha256: 'b'.repeat(64), ingestedAt: '2024-01-02T00:00:00Z' });
}

/**
 * Connects before the file's tests, seeds the fixtures once, and builds the app.
 * @example const api = useSeededApi(); test('…', () => request(api().app).get('/api/graph'));
 */
export function useSeededApi(): () => ApiContext {
  const graph = useTestGraph();
  let app: Express | undefined;
  beforeAll(async () => {
    await seedFixtureDocuments(graph());
    app = createApp({ graph: graph() });
  });
  return () => {
    if (!app) throw new Error('The app is not built yet');
    return { graph: graph(), app };
  };
}

/**
 * Runs `refuse` and checks that node and relationship counts are the same afterwards.
 * @example await expectGraphUnchanged(graph, () => request(app).get('/api/graph?from=bad').expect(400));
 */
export async function expectGraphUnchanged(graph: Graph, refuse: () => Promise<unknown>): Promise<void> {
  const before = await graphCounts(graph);
  await refuse();
  expect(await graphCounts(graph)).toEqual(before);
}

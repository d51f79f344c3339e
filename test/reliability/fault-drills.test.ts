/**
 * Fault drills (bench/support/fault-drills.ts): an ingest killed with SIGKILL in the middle of a
 * large document leaves nothing of it, and a rerun stores all of it; a Neo4j killed with SIGKILL
 * under a running server gives 503s with a clear message, and once it is started again on its data
 * (Neo4j's recovery from its transaction log) the same server answers again without a restart.
 */
import { crashNeo4jUnderServer, killIngestMidway, LARGE_DOCUMENT } from '../../bench/support/fault-drills';
import { applySchema } from '../../graph/schema';
import { clearGraph, useTestGraph } from '../graph/fixtures/test-graph';

jest.setTimeout(240_000);

const graph = useTestGraph();

test('an ingest killed mid-document leaves nothing; a rerun stores the whole document', async () => {
  await clearGraph(graph());
  await applySchema(graph());
  const outcome = await killIngestMidway(graph(), LARGE_DOCUMENT, 'killed-ingest');
  expect(outcome.killedDuring).toMatch(/entities|mentions|sentences|claims/);
  expect(outcome.afterKill).toEqual({ documents: 0, sentences: 0, claims: 0 });
  expect(outcome.rerun.status).toBe('created');
  expect(outcome.afterRerun).toEqual({ documents: 1, sentences: outcome.rerun.sentences, claims: outcome.rerun.relations });
  expect(outcome.rerun.sentences).toBeGreaterThan(0);
});

test('Neo4j killed under the server: 503 while down, the same server recovers with the data', async () => {
  const outcome = await crashNeo4jUnderServer();
  expect(outcome.before.documents).toBe(1);
  expect(outcome.duringOutage.graph.status).toBe(503);
  expect(outcome.duringOutage.graph.message).toMatch(/Cannot reach Neo4j/);
  expect(outcome.duringOutage.health.status).toBe(503);
  expect(outcome.afterRestart.graph.status).toBe(200);
  expect(outcome.afterRestart.documents.status).toBe(200);
  expect(outcome.after).toEqual(outcome.before);
});

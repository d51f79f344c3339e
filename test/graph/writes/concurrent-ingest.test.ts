/**
 * Several documents that share entities, ingested at the same moment: Neo4j may detect deadlocks
 * between their transactions, and every document must still land whole (graph/driver/connection.ts retries
 * a transaction Neo4j rolled back for a deadlock).
 */
import type { Graph } from '../../../graph/driver/connection';
import { ingestExtraction } from '../../../graph/writes/ingest-extraction';
import type { Extraction } from '../../../domain/types';
import { SWEDISH, SWEDISH_REVISED } from '../fixtures/extractions';
import { graphCounts, useTestGraph } from '../fixtures/test-graph';

const testGraph = useTestGraph({ emptyBeforeEach: true });
let graph: Graph;
beforeAll(() => {
  graph = testGraph();
});

/** The same claims listed back to front, so that its transaction locks the shared entities in another order. */
const REVERSED: Extraction = { ...SWEDISH, entities: [...SWEDISH.entities].reverse(), relations: [...SWEDISH.relations].reverse() };

test('twelve documents sharing every entity, locking them in opposite orders, ingested at once, all land whole', async () => {
  const copies = Array.from({ length: 12 }, (_, index) => ({
    id: `copy-${index}`,
    title: `Copy ${index}`,
    sha256: index.toString(16).padStart(64, '0'),
  }));
  const results = await Promise.all(copies.map((meta, index) => ingestExtraction(graph, index % 2 ? REVERSED : SWEDISH, meta)));
  expect(results.map((result) => result.status)).toEqual(copies.map(() => 'created'));
  const alone = await ingestExtraction(graph, SWEDISH, { id: 'copy-0', title: 'Copy 0', sha256: copies[0].sha256 });
  expect(alone.status).toBe('unchanged');
  const counts = await graphCounts(graph);
  expect(counts.documents).toBe(12);
  expect(counts.entities).toBe(8);
  expect(counts.claims).toBe(12 * SWEDISH.relations.length);
});

test('documents sharing entities, replaced by new versions at once (dropping and restoring entities), all land whole', async () => {
  const ids = Array.from({ length: 6 }, (_, index) => `doc-${index}`);
  const sha = (index: number, version: number) => (version * 16 + index).toString(16).padStart(64, '0');
  for (const [index, id] of ids.entries()) await ingestExtraction(graph, SWEDISH, { id, title: id, sha256: sha(index, 1) });
  // Every document drops Lenin at once, then every one brings him back at once: entities become orphans and return.
  for (const [version, extraction] of [[2, SWEDISH_REVISED], [3, SWEDISH]] as const) {
    const results = await Promise.all(ids.map((id, index) => ingestExtraction(graph, extraction, { id, title: id, sha256: sha(index, version) })));
    expect(results.map((result) => result.status)).toEqual(ids.map(() => 'replaced'));
  }
  const counts = await graphCounts(graph);
  expect(counts.documents).toBe(6);
  expect(counts.entities).toBe(SWEDISH.entities.length);
  expect(counts.claims).toBe(6 * SWEDISH.relations.length);
  const [lenin] = await graph.read('MATCH (e:Entity {id: "lenin"}) RETURN e.name AS name, e.mentionCount AS mentionCount');
  expect(lenin.name).toBe('Lenin');
});

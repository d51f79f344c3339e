import { ForbiddenQueryError, InvalidInputError, QueryTimeoutError } from '../../../domain/errors';
import type { Graph } from '../../../graph/driver/connection';
import { runReadOnlyCypher } from '../../../graph/user-cypher/read-only';
import { ingestExtraction } from '../../../graph/writes/ingest-extraction';
import { SWEDISH } from '../fixtures/extractions';
import { clearGraph, graphCounts, useTestGraph } from '../fixtures/test-graph';

const testGraph = useTestGraph();
let graph: Graph;
beforeAll(async () => {
  graph = testGraph();
  await clearGraph(graph);
  await ingestExtraction(graph, SWEDISH, { id: 'oktober', title: 'Från oktober', sha256: 'a'.repeat(64) });
});

describe('runReadOnlyCypher', () => {
  test('returns columns and plain rows', async () => {
    const result = await runReadOnlyCypher(graph, 'MATCH (p:Person) RETURN p.name AS name, p.mentionCount AS n ORDER BY name');
    expect(result).toMatchObject({ columns: ['name', 'n'], rows: [{ name: 'Kerenski', n: 3 }, { name: 'Lenin', n: 2 }], truncated: false });
    expect(result.elapsedMs).toBeGreaterThanOrEqual(0);
  });

  test('takes parameters', async () => {
    const result = await runReadOnlyCypher(graph, 'MATCH (e:Entity {id: $id}) RETURN e.type AS type', { params: { id: 'lenin' } });
    expect(result.rows).toEqual([{ type: 'Person' }]);
  });

  test('stops at the row limit and says so', async () => {
    const result = await runReadOnlyCypher(graph, 'UNWIND range(1, 100000) AS i RETURN i', { maxRows: 3 });
    expect(result).toMatchObject({ columns: ['i'], rows: [{ i: 1 }, { i: 2 }, { i: 3 }], truncated: true });
  });

  test('keeps the columns of an empty result', async () => {
    expect((await runReadOnlyCypher(graph, "MATCH (e:Entity {id: 'nobody'}) RETURN e.id AS id")).columns).toEqual(['id']);
  });

  test.each([
    "CREATE (:Entity {id: 'intruder'})",
    "MATCH (e:Entity {id: 'lenin'}) SET e.name = 'x'",
    'MATCH (n) DETACH DELETE n',
    "MERGE (:Document {id: 'x'})",
  ])('Neo4j itself refuses the write %j', async (cypher) => {
    const before = await graphCounts(graph);
    await expect(runReadOnlyCypher(graph, cypher)).rejects.toThrow(ForbiddenQueryError);
    expect(await graphCounts(graph)).toEqual(before);
  });

  test.each([
    "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line",
    'CALL dbms.listConfig()',
    'CREATE INDEX x FOR (n:Person) ON (n.x)',
  ])('the guard refuses %j', async (cypher) => {
    await expect(runReadOnlyCypher(graph, cypher)).rejects.toThrow(ForbiddenQueryError);
  });

  test('a query over the timeout is stopped', async () => {
    const slow = 'UNWIND range(1, 100000000) AS i WITH i WHERE i % 7 = 100 RETURN count(i) AS n';
    await expect(runReadOnlyCypher(graph, slow, { timeoutMs: 200 })).rejects.toThrow(QueryTimeoutError);
  });

  test.each([[0], [10_001], [2.5]])('refuses maxRows %p', async (maxRows) => {
    await expect(runReadOnlyCypher(graph, 'RETURN 1', { maxRows })).rejects.toThrow(InvalidInputError);
  });

  test('bad Cypher is InvalidInputError', async () => {
    await expect(runReadOnlyCypher(graph, 'MATCH (n RETURN n')).rejects.toThrow(InvalidInputError);
  });
});

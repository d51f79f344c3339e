/**
 * The one helper that opens a graph for an entry point: NEO4J_URI (this test run's Neo4j) or a
 * throwaway embedded one, schema applied, and everything undone by close() or after withGraph's work.
 */
import { existsSync } from 'node:fs';
import { GraphUnavailableError } from '../../domain/errors';
import { findFreePort } from '../../graph/embedded/launcher';
import { graphEnvironment } from '../../graph/embedded/config';
import { openGraph, withGraph } from '../../graph/open-graph';
import { SCHEMA_STATEMENTS } from '../../graph/schema';

jest.setTimeout(240_000);

async function constraintNames(read: (cypher: string) => Promise<Array<Record<string, unknown>>>): Promise<string[]> {
  return (await read('SHOW CONSTRAINTS YIELD name RETURN name')).map((row) => row.name as string);
}

test('with NEO4J_URI set it connects there, starts nothing, and the schema is in place', async () => {
  const opened = await openGraph({ env: graphEnvironment() });
  try {
    expect(opened.neo4j).toBeUndefined();
    expect(opened.graph.uri).toBe(graphEnvironment().uri);
    const expected = SCHEMA_STATEMENTS.filter((s) => s.startsWith('CREATE CONSTRAINT')).map((s) => s.split(' ')[2]);
    expect(await constraintNames((cypher) => opened.graph.read(cypher))).toEqual(expect.arrayContaining(expected));
  } finally {
    await opened.close();
  }
  await expect(opened.graph.read('RETURN 1 AS one')).rejects.toThrow();
});

test('withGraph returns what the work returns, and closes the graph when the work throws', async () => {
  expect(await withGraph(async (graph) => (await graph.read('RETURN 1 AS one'))[0].one, { env: graphEnvironment() })).toBe(1);
  let seen: { read(cypher: string): Promise<unknown> } | undefined;
  const failing = withGraph(
    async (graph) => {
      seen = graph;
      throw new Error('the work failed');
    },
    { env: graphEnvironment() },
  );
  await expect(failing).rejects.toThrow('the work failed');
  await expect(seen?.read('RETURN 1 AS one')).rejects.toThrow();
});

test('an unreachable NEO4J_URI fails with GraphUnavailableError', async () => {
  const uri = `bolt://127.0.0.1:${await findFreePort()}`;
  await expect(openGraph({ env: { uri } })).rejects.toBeInstanceOf(GraphUnavailableError);
});

test('without a URI it starts the embedded Neo4j; throwawayData deletes its directory on close', async () => {
  const opened = await openGraph({ env: {}, throwawayData: true });
  const neo4j = opened.neo4j;
  expect(neo4j?.uri).toMatch(/^bolt:\/\/127\.0\.0\.1:\d+$/);
  expect(existsSync(neo4j?.dataDir as string)).toBe(true);
  expect(await opened.graph.read('RETURN 1 AS one')).toEqual([{ one: 1 }]);
  await opened.close();
  await expect(neo4j?.exited).resolves.toBeDefined();
  expect(existsSync(neo4j?.dataDir as string)).toBe(false);
});

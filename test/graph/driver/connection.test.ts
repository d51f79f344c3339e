/** Graph against the real throwaway Neo4j of the test run: values, routing, transactions, typed errors. */
import {
  ForbiddenQueryError,
  GraphUnavailableError,
  InvalidInputError,
  QueryTimeoutError,
} from '../../../domain/errors';
import { Graph } from '../../../graph/driver/connection';
import { findFreePort } from '../../../graph/embedded/launcher';
import { clearGraph, connectTestGraph } from '../../support/graph';

let graph: Graph;

beforeAll(async () => {
  graph = await connectTestGraph();
});
beforeEach(() => clearGraph(graph));
afterAll(() => graph.close());

describe('values come back as plain data', () => {
  const cases: [label: string, cypher: string, expected: unknown][] = [
    ['integer → number', 'RETURN 42 AS value', 42],
    ['float stays a number', 'RETURN 0.75 AS value', 0.75],
    ['integer beyond 2^53 → decimal string', 'RETURN 9007199254740993 AS value', '9007199254740993'],
    ['string', "RETURN 'Kerenskij' AS value", 'Kerenskij'],
    ['null', 'RETURN null AS value', null],
    ['list of integers', 'RETURN [1, 2, 3] AS value', [1, 2, 3]],
    ['map with nested integer', "RETURN {line: 7, words: ['a']} AS value", { line: 7, words: ['a'] }],
    ['date → ISO', "RETURN date('1917-10-25') AS value", '1917-10-25'],
    ['local datetime → ISO', "RETURN localdatetime('1917-11-07T10:00:00') AS value", '1917-11-07T10:00:00'],
    ['duration → ISO', 'RETURN duration({days: 3, hours: 5}) AS value', 'P3DT5H'],
  ];
  test.each(cases)('%s', async (_label, cypher, expected) => {
    const [row] = await graph.read(cypher);
    expect(row.value).toEqual(expected);
  });
});

test('whole-number parameters arrive as integers, so LIMIT $n works', async () => {
  const rows = await graph.read('UNWIND range(1, 10) AS x RETURN x LIMIT $n', { n: 3 });
  expect(rows.map((row) => row.x)).toEqual([1, 2, 3]);
});

test('a node written is read back with its labels and properties as plain values', async () => {
  await graph.write('CREATE (:Entity {id: $id, name: $name, line: $line, aliases: $aliases})', {
    id: 'kerenski',
    name: 'Kerenski',
    line: 120,
    aliases: ['Kerenskij'],
  });
  const [row] = await graph.read('MATCH (e:Entity {id: $id}) RETURN e', { id: 'kerenski' });
  expect(row.e).toEqual({
    elementId: expect.any(String),
    labels: ['Entity'],
    properties: { id: 'kerenski', name: 'Kerenski', line: 120, aliases: ['Kerenskij'] },
  });
});

test('relationships and paths become plain objects that refer to their nodes by elementId', async () => {
  await graph.write(
    "CREATE (:Entity {id: 'lenin'})-[:OPPOSED {date: date('1917-10-25'), line: 3}]->(:Entity {id: 'kerenski'})",
  );
  const [row] = await graph.read('MATCH p = (a)-[r:OPPOSED]->(b) RETURN a, r, b, p');
  const a = row.a as { elementId: string };
  const b = row.b as { elementId: string };
  expect(row.r).toEqual({
    elementId: expect.any(String),
    type: 'OPPOSED',
    startElementId: a.elementId,
    endElementId: b.elementId,
    properties: { date: '1917-10-25', line: 3 },
  });
  expect(row.p).toEqual({ nodes: [row.a, row.b], relationships: [row.r] });
});

test('writeTransaction is all or nothing', async () => {
  await expect(
    graph.writeTransaction(async (tx) => {
      await tx.write("CREATE (:Entity {id: 'trotski'})");
      throw new Error('abort after the first statement');
    }),
  ).rejects.toThrow('abort after the first statement');
  expect(await graph.read('MATCH (n) RETURN count(n) AS n')).toEqual([{ n: 0 }]);

  const created = await graph.writeTransaction(async (tx) => {
    await tx.write("CREATE (:Entity {id: 'trotski'})");
    return tx.run('MATCH (e:Entity) RETURN e.id AS id');
  });
  expect(created).toEqual([{ id: 'trotski' }]);
});

test('readTransaction runs several reads and returns what the work returns', async () => {
  await graph.write("UNWIND ['a', 'b', 'c'] AS id CREATE (:Entity {id: id})");
  const result = await graph.readTransaction(async (tx) => {
    const [count] = await tx.read('MATCH (e:Entity) RETURN count(e) AS n');
    const ids = await tx.run('MATCH (e:Entity) RETURN e.id AS id ORDER BY id');
    return { count: count.n, ids: ids.map((row) => row.id) };
  });
  expect(result).toEqual({ count: 3, ids: ['a', 'b', 'c'] });
});

describe('driver failures become typed errors', () => {
  const cases: [label: string, act: () => Promise<unknown>, expected: new (...args: never[]) => Error][] = [
    ['a write inside a read transaction', () => graph.readTransaction((tx) => tx.run('CREATE (:X)')), ForbiddenQueryError],
    ['a write through read()', () => graph.read('CREATE (:X)'), ForbiddenQueryError],
    ['a Cypher syntax error', () => graph.read('MATCH (n RETURN n'), InvalidInputError],
    [
      'a read slower than its timeout',
      () =>
        graph.read('UNWIND range(1, 100000000) AS x WITH x WHERE x % 7 = 99 RETURN count(x)', {}, { timeoutMs: 100 }),
      QueryTimeoutError,
    ],
  ];
  test.each(cases)('%s', async (_label, act, expected) => {
    await expect(act()).rejects.toBeInstanceOf(expected);
  });
});

test('version() reports the Neo4j 5.26 server', async () => {
  expect(await graph.version()).toMatch(/^5\.26\.\d+$/);
});

test('connecting to a closed port fails with GraphUnavailableError saying what to do', async () => {
  const uri = `bolt://127.0.0.1:${await findFreePort()}`;
  const failure = Graph.connect({ uri });
  await expect(failure).rejects.toBeInstanceOf(GraphUnavailableError);
  await expect(failure).rejects.toThrow(new RegExp(`Cannot reach Neo4j at ${uri}.*npm run neo4j.*unset NEO4J_URI`, 's'));
});

test('a URI that is not a Neo4j URI fails with GraphUnavailableError', async () => {
  await expect(Graph.connect({ uri: 'http//nowhere' })).rejects.toBeInstanceOf(GraphUnavailableError);
});

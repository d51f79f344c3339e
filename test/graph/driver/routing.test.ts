/**
 * The routing scheme against the single embedded Neo4j (as a cluster or Aura is reached, with
 * neo4j:// or neo4j+s://): the server answers the driver's routing request with itself, writes go to
 * it as the leader and reads with READ access; and the bookmarks that give read-your-writes on a
 * cluster advance with every write, through either scheme.
 */
import { Graph } from '../../../graph/driver/connection';
import { useTestGraph } from '../fixtures/test-graph';

const testGraph = useTestGraph({ emptyBeforeEach: true });

const routingUri = (): string => testGraph().uri.replace(/^bolt:/, 'neo4j:');

test('neo4j:// routes writes and reads to the one server, and reads see the write before them', async () => {
  expect(routingUri()).toMatch(/^neo4j:\/\/127\.0\.0\.1:\d+$/);
  const routed = await Graph.connect({ uri: routingUri() });
  try {
    await routed.writeTransaction((tx) => tx.run("CREATE (:Entity {id: 'routed', name: 'Routed'})"));
    expect(await routed.read("MATCH (e:Entity {id: 'routed'}) RETURN e.name AS name")).toEqual([{ name: 'Routed' }]);
    expect(await routed.readTransaction((tx) => tx.run('MATCH (e:Entity) RETURN count(e) AS n'))).toEqual([{ n: 1 }]);
    await expect(routed.read("CREATE (:Entity {id: 'not-in-a-read'})")).rejects.toMatchObject({ code: 'FORBIDDEN_QUERY' });
    // The plain bolt:// connection of the tests sees the same database.
    expect(await testGraph().read('MATCH (e:Entity) RETURN e.id AS id')).toEqual([{ id: 'routed' }]);
  } finally {
    await routed.close();
  }
});

test.each([
  ['bolt://', (): string => testGraph().uri],
  ['neo4j://', routingUri],
])('%s: each write advances the bookmark the next read waits for', async (_scheme, uri) => {
  const graph = await Graph.connect({ uri: uri() });
  try {
    expect(await graph.bookmarks()).toEqual([]);
    await graph.write("CREATE (:Entity {id: 'one'})");
    const first = await graph.bookmarks();
    expect(first).toHaveLength(1);
    await graph.writeTransaction((tx) => tx.run("CREATE (:Entity {id: 'two'})"));
    const second = await graph.bookmarks();
    expect(second).toHaveLength(1);
    expect(second).not.toEqual(first);
    await graph.read('MATCH (e:Entity) RETURN count(e) AS n');
    expect(await graph.bookmarks()).toEqual(second);
  } finally {
    await graph.close();
  }
});

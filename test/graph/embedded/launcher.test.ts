/**
 * The embedded Neo4j itself: the ready line, data kept across a clean restart, and a start that
 * fails (port taken) reported with Neo4j's own output. Each case starts its own JVM in a temp dir.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { GraphUnavailableError } from '../../../domain/errors';
import { Graph } from '../../../graph/driver/connection';
import { findFreePort, startNeo4j } from '../../../graph/embedded/launcher';

jest.setTimeout(240_000);

let dataDir: string;

beforeEach(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'allegiance-launcher-test-'));
});
afterEach(() => rm(dataDir, { recursive: true, force: true }));

test('findFreePort returns distinct ports that can be bound on 127.0.0.1', async () => {
  const ports = await Promise.all([findFreePort(), findFreePort(), findFreePort()]);
  for (const port of ports) {
    const server = createServer();
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', resolve);
    });
    await new Promise((resolve) => server.close(resolve));
  }
  expect(ports.every((port) => port > 0 && port < 65536)).toBe(true);
});

test('announces bolt://127.0.0.1:PORT when ready, and a clean restart finds the data', async () => {
  const port = await findFreePort();
  const first = await startNeo4j({ port, dataDir });
  expect(first.uri).toBe(`bolt://127.0.0.1:${port}`);
  const writer = await Graph.connect({ uri: first.uri });
  await writer.write("CREATE (:Entity {id: 'petrograds_garnison', name: 'Petrograds garnison'})");
  await writer.close();
  await first.stop();
  expect(await first.exited).toEqual(expect.objectContaining({ signal: null }));

  const second = await startNeo4j({ port, dataDir });
  try {
    const reader = await Graph.connect({ uri: second.uri });
    expect(await reader.read('MATCH (e:Entity) RETURN e.id AS id, e.name AS name')).toEqual([
      { id: 'petrograds_garnison', name: 'Petrograds garnison' },
    ]);
    await reader.close();
  } finally {
    await second.stop();
  }
});

test('a port already in use fails with GraphUnavailableError carrying Neo4j output', async () => {
  const blocker: Server = createServer();
  const port = await new Promise<number>((resolve) => {
    blocker.listen(0, '127.0.0.1', () => resolve((blocker.address() as { port: number }).port));
  });
  try {
    const failure = startNeo4j({ port, dataDir });
    await expect(failure).rejects.toBeInstanceOf(GraphUnavailableError);
    await expect(failure).rejects.toThrow(/Neo4j exited before it was ready[\s\S]*Neo4j's last output/);
  } finally {
    await new Promise((resolve) => blocker.close(resolve));
  }
});

test('NEO4J_HEAP and NEO4J_PAGECACHE size the JVM heap and the page cache', async () => {
  const neo4j = await startNeo4j({ dataDir, heap: '300m', pageCache: '80m' });
  const graph = await Graph.connect({ uri: neo4j.uri });
  try {
    const [cache] = await graph.read("CALL dbms.listConfig('server.memory.pagecache.size') YIELD name, value RETURN value");
    expect(cache.value).toMatch(/^(80\.00MiB|83886080|80m)$/i);
    const [memory] = await graph.read("CALL dbms.queryJmx('java.lang:type=Memory') YIELD attributes RETURN attributes.HeapMemoryUsage.value.properties.max AS max");
    expect(Number(memory.max)).toBeGreaterThan(250 * 1024 ** 2);
    expect(Number(memory.max)).toBeLessThanOrEqual(300 * 1024 ** 2);
  } finally {
    await graph.close();
    await neo4j.stop();
  }
});

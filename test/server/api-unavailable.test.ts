/**
 * Neo4j going away while the server runs: the app reaches the real test Neo4j through a loopback TCP
 * relay, the relay is shut, and every endpoint that needs the graph answers 503 GRAPH_UNAVAILABLE
 * with a message saying how to start Neo4j, and no stack trace.
 */
import net from 'node:net';
import request from 'supertest';
import { Graph } from '../../graph/driver/connection';
import { createApp } from '../../server/app';
import { connectTestGraph } from '../support/graph';

interface Relay {
  port: number;
  close(): Promise<void>;
}

/** Forwards 127.0.0.1:<port> to the test Neo4j until closed; closing also cuts open connections. */
async function startRelay(target: URL): Promise<Relay> {
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    const upstream = net.connect(Number(target.port), target.hostname);
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('error', () => socket.destroy());
      socket.on('close', () => sockets.delete(socket));
    }
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as net.AddressInfo).port,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

let graph: Graph;
let relay: Relay;

beforeAll(async () => {
  const direct = await connectTestGraph();
  await direct.close();
  relay = await startRelay(new URL(process.env.NEO4J_URI as string));
  graph = await Graph.connect({ uri: `bolt://127.0.0.1:${relay.port}` });
  await relay.close();
});

afterAll(() => graph.close());

test.each([
  ['GET', '/api/graph'],
  ['GET', '/api/entities/lenin'],
  ['GET', '/api/export?format=gexf'],
  ['POST', '/api/cypher'],
])('%s %s → 503', async (method, url) => {
  const app = createApp({ graph });
  const pending = method === 'GET' ? request(app).get(url) : request(app).post(url).send({ query: 'RETURN 1' });
  const response = await pending.expect(503).expect('Content-Type', /json/);
  expect(response.body.error.code).toBe('GRAPH_UNAVAILABLE');
  expect(response.body.error.message).toMatch(/Neo4j .* unreachable|Cannot reach Neo4j/);
  expect(JSON.stringify(response.body)).not.toMatch(/\bat .*\.(ts|js):\d+/);
});

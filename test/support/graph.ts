/**
 * Helpers for integration tests: connect to the Neo4j of this test run (waiting while global setup
 * is still starting it) and empty it between tests. Tests run in band, so one file's beforeEach
 * may clear the whole database.
 */
import { readFile } from 'node:fs/promises';
import { GraphUnavailableError } from '../../domain/errors';
import { graphEnvironment } from '../../graph/config';
import { Graph } from '../../graph/connection';
import { STARTUP_ERROR_FILE_VARIABLE } from './neo4j-state';

const CONNECT_DEADLINE_MS = 180_000;
const RETRY_DELAY_MS = 250;

/**
 * Connects to NEO4J_URI, retrying until the test Neo4j is up.
 *
 * @example
 *   let graph: Graph;
 *   beforeAll(async () => { graph = await connectTestGraph(); });
 *   beforeEach(() => clearGraph(graph));
 *   afterAll(() => graph.close());
 */
export async function connectTestGraph(): Promise<Graph> {
  const { uri, user, password } = graphEnvironment();
  if (!uri) throw new GraphUnavailableError('NEO4J_URI is not set: run the tests through Jest so its global setup starts Neo4j.');
  const deadline = Date.now() + CONNECT_DEADLINE_MS;
  for (;;) {
    const startupError = await readStartupError();
    if (startupError) throw new GraphUnavailableError(`The test Neo4j did not start: ${startupError}`);
    try {
      return await Graph.connect({ uri, user, password });
    } catch (error) {
      if (!(error instanceof GraphUnavailableError) || Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, RETRY_DELAY_MS));
    }
  }
}

/** Deletes every node and relationship (constraints and indexes stay). */
export async function clearGraph(graph: Graph): Promise<void> {
  await graph.write('MATCH (n) DETACH DELETE n');
}

async function readStartupError(): Promise<string | undefined> {
  const file = process.env[STARTUP_ERROR_FILE_VARIABLE];
  if (!file) return undefined;
  try {
    return await readFile(file, 'utf8');
  } catch {
    return undefined;
  }
}

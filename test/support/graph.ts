/**
 * Helpers for integration tests: connect to the Neo4j of this test run and empty it between tests.
 * Tests run in band, so one file's beforeEach may clear the whole database.
 */
import { GraphUnavailableError } from '../../domain/errors';
import { graphEnvironment } from '../../graph/embedded/config';
import { Graph } from '../../graph/driver/connection';
import { STARTUP_ERROR_VARIABLE } from './neo4j-state';

/**
 * Connects to NEO4J_URI; if global setup could not start the test Neo4j, throws its reason instead.
 *
 * @example
 *   let graph: Graph;
 *   beforeAll(async () => { graph = await connectTestGraph(); });
 *   beforeEach(() => clearGraph(graph));
 *   afterAll(() => graph.close());
 */
export async function connectTestGraph(): Promise<Graph> {
  const startupError = process.env[STARTUP_ERROR_VARIABLE];
  if (startupError) throw new GraphUnavailableError(`The test Neo4j did not start: ${startupError}`);
  const { uri, user, password } = graphEnvironment();
  if (!uri) throw new GraphUnavailableError('NEO4J_URI is not set: run the tests through Jest, whose global setup starts Neo4j.');
  return Graph.connect({ uri, user, password });
}

/** Deletes every node and relationship (constraints and indexes stay). */
export async function clearGraph(graph: Graph): Promise<void> {
  await graph.write('MATCH (n) DETACH DELETE n');
}

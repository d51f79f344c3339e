/**
 * What Jest's global setup hands on: to its teardown (same process, a global variable) the running
 * test Neo4j and its data directory; to the test files (which may run in workers spawned later) the
 * reason a start failed, in an environment variable.
 */
import type { RunningNeo4j } from '../../graph/embedded/launcher';

export interface TestNeo4jState {
  dataDir: string;
  /** Undefined when the start failed. */
  neo4j?: RunningNeo4j;
}

/** Set by global setup when the test Neo4j could not start; connectTestGraph() reports it. */
export const STARTUP_ERROR_VARIABLE = 'ALLEGIANCE_TEST_NEO4J_ERROR';

const STATE_KEY = Symbol.for('allegiance.testNeo4j');

type GlobalWithState = typeof globalThis & { [STATE_KEY]?: TestNeo4jState };

export function saveTestNeo4jState(state: TestNeo4jState): void {
  (globalThis as GlobalWithState)[STATE_KEY] = state;
}

export function takeTestNeo4jState(): TestNeo4jState | undefined {
  const holder = globalThis as GlobalWithState;
  const state = holder[STATE_KEY];
  delete holder[STATE_KEY];
  return state;
}

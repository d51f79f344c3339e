/**
 * What Jest's global setup hands to its teardown and to the test files: where the throwaway Neo4j
 * lives and, if its start failed, why. Setup and teardown share one process (a global variable);
 * test files may run in workers, so the start-up error travels through a file named in the environment.
 */
import type { RunningNeo4j } from '../../graph/launcher';

export interface TestNeo4jState {
  dataDir: string;
  /** Resolves to the running Neo4j, or to undefined when it failed to start (see the error file). */
  starting: Promise<RunningNeo4j | undefined>;
}

/** Environment variable naming the file where a failed start-up writes its message. */
export const STARTUP_ERROR_FILE_VARIABLE = 'ALLEGIANCE_TEST_NEO4J_ERROR_FILE';

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

/**
 * Jest global setup: unless NEO4J_URI points at a Neo4j already, start one throwaway embedded Neo4j
 * (free port, temporary data directory) for the whole run and export its NEO4J_URI. It is ready before
 * any test file runs, so no test's own timeout has to cover the JVM start. A failed start does not stop
 * the run: unit tests still run, and integration tests fail in connectTestGraph() with the reason.
 */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { AllegianceError } from '../../domain/errors';
import { startNeo4j } from '../../graph/embedded/launcher';
import { saveTestNeo4jState, STARTUP_ERROR_VARIABLE } from './neo4j-state';

export default async function globalSetup(): Promise<void> {
  if (process.env.NEO4J_URI) return;
  const dataDir = await mkdtemp(path.join(tmpdir(), 'allegiance-test-neo4j-'));
  saveTestNeo4jState({ dataDir });
  try {
    const neo4j = await startNeo4j({ dataDir });
    saveTestNeo4jState({ dataDir, neo4j });
    process.env.NEO4J_URI = neo4j.uri;
  } catch (error) {
    process.env[STARTUP_ERROR_VARIABLE] = error instanceof AllegianceError ? error.message : String(error);
  }
}

/**
 * Jest global setup: unless NEO4J_URI points at a Neo4j already, start one throwaway embedded Neo4j
 * (free port, temporary data directory) for the whole run and export its NEO4J_URI. The start runs in
 * the background so that pure unit tests need not wait for the JVM; integration tests wait for it in
 * connectTestGraph().
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { AllegianceError } from '../../domain/errors';
import { findFreePort, startNeo4j } from '../../graph/launcher';
import { saveTestNeo4jState, STARTUP_ERROR_FILE_VARIABLE } from './neo4j-state';

export default async function globalSetup(): Promise<void> {
  if (process.env.NEO4J_URI) return;
  const dataDir = await mkdtemp(path.join(tmpdir(), 'allegiance-test-neo4j-'));
  const errorFile = path.join(dataDir, 'startup-error.txt');
  const port = await findFreePort();
  process.env.NEO4J_URI = `bolt://127.0.0.1:${port}`;
  process.env[STARTUP_ERROR_FILE_VARIABLE] = errorFile;
  const starting = startNeo4j({ port, dataDir }).catch(async (error: unknown) => {
    const message = error instanceof AllegianceError ? error.message : String(error);
    await writeFile(errorFile, message);
    return undefined;
  });
  saveTestNeo4jState({ dataDir, starting });
}

/**
 * Jest global teardown: stops the throwaway Neo4j started by global-setup.ts and deletes its data
 * directory. Jest runs it after failing tests too.
 */
import { rm } from 'node:fs/promises';
import { takeTestNeo4jState } from './neo4j-state';

export default async function globalTeardown(): Promise<void> {
  const state = takeTestNeo4jState();
  if (!state) return;
  try {
    await state.neo4j?.stop();
  } finally {
    await rm(state.dataDir, { recursive: true, force: true });
  }
}

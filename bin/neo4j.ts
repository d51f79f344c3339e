/**
 * `npm run neo4j`: the embedded Neo4j in the foreground, for exploring the graph with your own tools
 * (cypher-shell, Neo4j Desktop, the driver). Port from NEO4J_BOLT_PORT (default 7687), data from
 * NEO4J_DATA (default .neo4j/data). Ctrl-C shuts it down cleanly, so the next start finds the data.
 */
import { AllegianceError } from '../domain/errors';
import { graphEnvironment } from '../graph/embedded/config';
import { startNeo4j } from '../graph/embedded/launcher';

const DEFAULT_BOLT_PORT = 7687;

async function main(): Promise<void> {
  const { boltPort, dataDir } = graphEnvironment();
  const neo4j = await startNeo4j({ port: boltPort ?? DEFAULT_BOLT_PORT, dataDir, echoStderr: true });
  console.log(`Neo4j ready on ${neo4j.uri}`);
  console.error(`data: ${neo4j.dataDir} (Ctrl-C to stop)`);
  let stopping = false;
  const shutDown = (signal: NodeJS.Signals): void => {
    // Ctrl-C reaches us twice (from the terminal and relayed by tsx): stay alive until Neo4j has stopped.
    if (stopping) return;
    stopping = true;
    console.error(`\n${signal}: shutting Neo4j down...`);
    void neo4j.stop();
  };
  process.on('SIGINT', shutDown);
  process.on('SIGTERM', shutDown);
  const exit = await neo4j.exited;
  console.error(`Neo4j stopped (${exit.signal ?? `exit code ${exit.code}`}).`);
}

main().catch((error: unknown) => {
  console.error(error instanceof AllegianceError ? error.message : error);
  process.exitCode = 1;
});

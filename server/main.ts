/**
 * `npm start`: read the configuration, reach Neo4j (starting the embedded one when NEO4J_URI is
 * unset), apply the schema, then serve the app. Everything started is stopped again, in reverse
 * order, on SIGINT/SIGTERM or when a start-up step fails. Known failures print one clear line.
 */
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { AllegianceError } from '../domain/errors';
import { openGraph } from '../graph/open-graph';
import { createApp } from './app';
import { loadServerConfig } from './config';
import { ensureSampleCorpus } from './sample-corpus';
import { describeWriteAccess } from './auth/write-mode';

type Cleanup = () => Promise<void>;

async function main(): Promise<void> {
  // Listen for signals from the start, so that Ctrl-C while Neo4j starts still stops it cleanly.
  const stopRequested = shutdownSignal();
  const cleanups: Cleanup[] = [];
  const stopAll = async (): Promise<void> => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  };
  try {
    const config = loadServerConfig();

    // Step 1: Neo4j (NEO4J_URI, or the embedded one when it is unset), schema applied.
    if (!config.graph.uri) console.log('NEO4J_URI is not set: starting the embedded Neo4j...');
    const opened = await openGraph({
      env: config.graph,
      onEmbeddedStart: (neo4j) => console.log(`Neo4j ready on ${neo4j.uri} (data in ${neo4j.dataDir})`),
    });
    cleanups.push(() => opened.close());
    const { graph } = opened;

    // Step 2: the sample corpus, ingested on first start (skipped when the same version is stored).
    const sample = await ensureSampleCorpus(graph);
    console.log(`Sample corpus ${sample.documentId}: ${sample.status} (${sample.entities} entities, ${sample.relations} claims)`);

    // Step 3: listen.
    const server = await listen(createApp({ graph, security: config.security, auth: config.auth }), config.port, config.host);
    cleanups.push(() => closeServer(server));
    const { port } = server.address() as AddressInfo;
    console.log(`Allegiance is running on http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${port}`);
    console.log(await describeWriteAccess(graph, config.auth));
  } catch (error) {
    await stopAll();
    throw error;
  }
  console.log(`${await stopRequested}: shutting down...`);
  await stopAll();
}

function listen(app: ReturnType<typeof createApp>, port: number, host: string): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = app.listen(port, host);
    server.once('listening', () => resolve(server));
    server.once('error', reject);
  });
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}

/** Resolves on the first SIGINT or SIGTERM; later ones (Ctrl-C twice, tsx relaying) are ignored. */
function shutdownSignal(): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    let received = false;
    const onSignal = (signal: NodeJS.Signals): void => {
      if (received) return;
      received = true;
      resolve(signal);
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
  });
}

main().catch((error: unknown) => {
  if (error instanceof AllegianceError) {
    console.error(`Allegiance could not start: ${error.message}`);
  } else {
    console.error('Allegiance could not start:', error);
  }
  process.exitCode = 1;
});

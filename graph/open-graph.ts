/**
 * The one way to reach a graph from an entry point (`npm start`, `npm run ingest`, the benchmarks):
 * NEO4J_URI when set, else the embedded Neo4j started for the duration; connected, schema applied.
 * `close()` undoes all of it in reverse order, so no caller writes its own try/finally ladder.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Graph } from './driver/connection';
import { graphEnvironment, type GraphEnvironment } from './embedded/config';
import { startNeo4j, type RunningNeo4j } from './embedded/launcher';
import { applySchema } from './schema';

export interface OpenGraphOptions {
  /** NEO4J_URI/USER/PASSWORD/DATA; read from process.env when omitted. `{}` always starts the embedded one. */
  env?: GraphEnvironment;
  /**
   * When the embedded Neo4j is started, give it a new temporary directory, deleted on close: for
   * benchmarks and drills, which must never touch real data.
   */
  throwawayData?: boolean;
  /** Told when the embedded Neo4j is up (npm start prints where its data lives). */
  onEmbeddedStart?: (neo4j: RunningNeo4j) => void;
}

export interface OpenGraph {
  graph: Graph;
  /** The embedded Neo4j when one was started; undefined on NEO4J_URI. */
  neo4j: RunningNeo4j | undefined;
  /** Closes the connection, stops the embedded Neo4j and deletes a throwaway data directory. */
  close(): Promise<void>;
}

/**
 * @throws EnvironmentError / GraphUnavailableError from the launcher or the connection; whatever was
 *   started before the failure is stopped first.
 * @example
 *   const { graph, close } = await openGraph();
 *   try { await searchEntities(graph, 'Lenin'); } finally { await close(); }
 */
export async function openGraph(options: OpenGraphOptions = {}): Promise<OpenGraph> {
  const env = options.env ?? graphEnvironment();
  const undo: Array<() => Promise<void>> = [];
  const close = async (): Promise<void> => {
    for (const step of undo.splice(0).reverse()) await step();
  };
  try {
    let neo4j: RunningNeo4j | undefined;
    if (env.uri === undefined) {
      const dataDir = options.throwawayData ? await mkdtemp(path.join(tmpdir(), 'allegiance-neo4j-')) : env.dataDir;
      if (options.throwawayData) undo.push(() => rm(dataDir as string, { recursive: true, force: true }));
      const started = await startNeo4j({ dataDir });
      undo.push(() => started.stop());
      options.onEmbeddedStart?.(started);
      neo4j = started;
    }
    const graph = await Graph.connect({ uri: neo4j?.uri ?? (env.uri as string), user: env.user, password: env.password });
    undo.push(() => graph.close());
    await applySchema(graph);
    return { graph, neo4j, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/**
 * Runs `work` on an opened graph and closes it afterwards, whether `work` succeeds or throws.
 * @example const result = await withGraph((graph) => ingestFile(graph, 'notes.txt'));
 */
export async function withGraph<T>(work: (graph: Graph) => Promise<T>, options: OpenGraphOptions = {}): Promise<T> {
  const opened = await openGraph(options);
  try {
    return await work(opened.graph);
  } finally {
    await opened.close();
  }
}

/**
 * The Neo4j a graph benchmark runs against: a throwaway embedded one in a temporary directory
 * (so a benchmark never touches real data), or NEO4J_URI when set. Plus timing statistics.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { graphEnvironment } from '../../graph/config';
import { Graph } from '../../graph/connection';
import { startNeo4j } from '../../graph/launcher';
import { applySchema } from '../../graph/schema';

/** Runs `work` with a connected, schema-applied graph, and stops what was started afterwards. */
export async function withBenchGraph(work: (graph: Graph) => Promise<void>): Promise<void> {
  const env = graphEnvironment();
  const dataDir = env.uri ? undefined : await mkdtemp(path.join(tmpdir(), 'allegiance-bench-neo4j-'));
  const neo4j = dataDir ? await startNeo4j({ dataDir }) : undefined;
  try {
    const graph = await Graph.connect({ uri: neo4j?.uri ?? (env.uri as string), user: env.user, password: env.password });
    try {
      await applySchema(graph);
      await work(graph);
    } finally {
      await graph.close();
    }
  } finally {
    await neo4j?.stop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  }
}

export interface Timing {
  medianMs: number;
  p95Ms: number;
  maxMs: number;
}

/** The value below which `fraction` of the sorted samples lie (nearest rank). */
function percentile(sorted: readonly number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)];
}

/** Times `run` `runs` times after `warmups` untimed runs. */
export async function timeRuns(run: () => Promise<unknown>, runs = 50, warmups = 5): Promise<Timing> {
  for (let i = 0; i < warmups; i += 1) await run();
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now();
    await run();
    samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  return { medianMs: percentile(samples, 0.5), p95Ms: percentile(samples, 0.95), maxMs: samples[samples.length - 1] };
}

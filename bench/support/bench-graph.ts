/**
 * The Neo4j a graph benchmark runs against: a throwaway embedded one in a temporary directory
 * (so a benchmark never touches real data), or NEO4J_URI when set. Plus timing statistics.
 */
import type { Graph } from '../../graph/driver/connection';
import { withGraph } from '../../graph/open-graph';

/** Runs `work` with a connected, schema-applied graph, and stops what was started afterwards. */
export function withBenchGraph(work: (graph: Graph) => Promise<void>): Promise<void> {
  return withGraph(work, { throwawayData: true });
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

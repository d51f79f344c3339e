/**
 * Read-query latency on the sample corpus: ingests it (into a throwaway Neo4j unless NEO4J_URI is
 * set), then times each graph/queries function 50 times after BENCH_WARMUPS untimed runs (default 5:
 * a freshly started JVM, whose JIT has not compiled Neo4j's hot paths yet; 300 shows the steady state)
 * and prints median and p95 against the 50 ms target. Run: `npm run bench:graph`.
 */
import { loadavg } from 'node:os';
import type { Graph } from '../graph/driver/connection';
import { allegianceHistory } from '../graph/queries/allegiance';
import { listDocuments } from '../graph/queries/documents';
import { entityDetail } from '../graph/queries/entity-detail';
import { egoNetwork } from '../graph/queries/neighbors';
import { shortestPaths } from '../graph/queries/paths';
import { searchEntities } from '../graph/queries/search';
import { graphInWindow } from '../graph/queries/time-window';
import { ensureSampleCorpus } from '../server/sample-corpus';
import { timeRuns, withBenchGraph } from './support/bench-graph';

const TARGET_MS = 50;
const RUNS = 50;

function warmups(value: string | undefined): number {
  const count = value === undefined || value === '' ? 5 : Number(value);
  if (!Number.isInteger(count) || count < 0 || count > 10_000) throw new Error('BENCH_WARMUPS must be an integer from 0 to 10000');
  return count;
}

/** The most connected entity and the pair of entities farthest apart, so the queries do real work. */
async function pickSubjects(graph: Graph): Promise<{ hub: string; from: string; to: string }> {
  const [hub] = await graph.read('MATCH (e:Entity) RETURN e.id AS id ORDER BY COUNT { (e)--(:Entity) } DESC, e.id LIMIT 1');
  const [far] = await graph.read(`
    MATCH (a:Entity), (b:Entity) WHERE a.id < b.id
    MATCH p = shortestPath((a)-[*..6]-(b)) WHERE all(n IN nodes(p) WHERE n:Entity)
    RETURN a.id AS from, b.id AS to ORDER BY length(p) DESC, from, to LIMIT 1`);
  return { hub: hub.id as string, from: (far?.from ?? hub.id) as string, to: (far?.to ?? hub.id) as string };
}

async function main(): Promise<void> {
  const warmupRuns = warmups(process.env.BENCH_WARMUPS);
  await withBenchGraph(async (graph) => {
    const ingested = await ensureSampleCorpus(graph);
    const { hub, from, to } = await pickSubjects(graph);
    console.log(`sample corpus: ${ingested.status}; hub entity ${hub}; path ${from} → ${to}; ${warmupRuns} warm-ups per query; load average ${loadAverage()}`);
    const queries: [string, () => Promise<unknown>][] = [
      ['graphInWindow (all)', () => graphInWindow(graph)],
      ['graphInWindow (1917-10-20..1917-11-10)', () => graphInWindow(graph, { from: '1917-10-20', to: '1917-11-10' })],
      ['graphInWindow (Person, minMentions 3)', () => graphInWindow(graph, { entityTypes: ['Person'], minMentions: 3 })],
      [`entityDetail (${hub})`, () => entityDetail(graph, hub)],
      [`allegianceHistory (${hub})`, () => allegianceHistory(graph, hub)],
      [`egoNetwork depth 1 (${hub})`, () => egoNetwork(graph, hub, 1)],
      [`egoNetwork depth 3 (${hub})`, () => egoNetwork(graph, hub, 3)],
      [`shortestPaths (${from} → ${to})`, () => shortestPaths(graph, from, to)],
      ['searchEntities (Kerenskis)', () => searchEntities(graph, 'Kerenskis')],
      ['searchEntities (Tro)', () => searchEntities(graph, 'Tro')],
      ['listDocuments', () => listDocuments(graph)],
    ];
    for (const [label, run] of queries) {
      const { medianMs, p95Ms, maxMs } = await timeRuns(run, RUNS, warmupRuns);
      const verdict = p95Ms < TARGET_MS ? 'ok' : 'OVER TARGET';
      console.log(`${label.padEnd(48)} median ${medianMs.toFixed(1).padStart(6)} ms  p95 ${p95Ms.toFixed(1).padStart(6)} ms  max ${maxMs.toFixed(1).padStart(6)} ms  ${verdict}`);
    }
    console.log(`load average after: ${loadAverage()}`);
  });
}

function loadAverage(): string {
  return loadavg().map((value) => value.toFixed(2)).join(' ');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});

/**
 * How long the embedded Neo4j takes to start (cold: empty data directory; warm: the same directory
 * again) and to stop, and how large its jar set is. Run: `npx tsx bench/neo4j-start.ts [rounds]`.
 */
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startNeo4j } from '../graph/embedded/launcher';

const LIB_DIR = path.resolve(__dirname, '..', 'graph', 'embedded', 'neo4j', 'target', 'lib');

async function secondsOf(action: () => Promise<unknown>): Promise<number> {
  const started = process.hrtime.bigint();
  await action();
  return Number(process.hrtime.bigint() - started) / 1e9;
}

async function jarSetMegabytes(): Promise<{ jars: number; megabytes: number }> {
  const jars = (await readdir(LIB_DIR)).filter((name) => name.endsWith('.jar'));
  const sizes = await Promise.all(jars.map(async (name) => (await stat(path.join(LIB_DIR, name))).size));
  return { jars: jars.length, megabytes: sizes.reduce((sum, size) => sum + size, 0) / 1024 / 1024 };
}

async function round(index: number): Promise<void> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'allegiance-bench-neo4j-'));
  try {
    for (const kind of ['cold', 'warm'] as const) {
      let neo4j: Awaited<ReturnType<typeof startNeo4j>> | undefined;
      const start = await secondsOf(async () => {
        neo4j = await startNeo4j({ dataDir });
      });
      const stop = await secondsOf(() => neo4j?.stop() ?? Promise.resolve());
      console.log(`round ${index} ${kind}: start ${start.toFixed(1)} s, stop ${stop.toFixed(1)} s`);
    }
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const { jars, megabytes } = await jarSetMegabytes();
  console.log(`jar set: ${jars} jars, ${megabytes.toFixed(0)} MB in ${LIB_DIR}`);
  const rounds = Number(process.argv[2] ?? 2);
  for (let index = 1; index <= rounds; index += 1) await round(index);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});

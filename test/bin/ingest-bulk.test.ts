/**
 * `npm run ingest -- FOLDER` as historians run it, against the test Neo4j: two processes at once on two
 * folders (as two machines would), one JSON line per document on stdout, plain progress lines on a
 * pipe, and a bad file that fails the exit code and appears in the summary table without stopping the rest.
 */
import { spawn } from 'node:child_process';
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { useTestGraph } from '../graph/fixtures/test-graph';

const ROOT = path.join(__dirname, '..', '..');
const TSX = path.join(ROOT, 'node_modules', '.bin', 'tsx');
const PASSAGES = path.join(ROOT, 'test', 'ingest', 'fixtures', 'generalisation');
const testGraph = useTestGraph({ emptyBeforeEach: true });
let dir: string;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function runIngest(args: string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(TSX, [path.join(ROOT, 'bin', 'ingest.ts'), ...args], { cwd: ROOT, env: { ...process.env, NEO4J_URI: testGraph().uri } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, stdout, stderr }));
  });
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'allegiance-bulk-bin-'));
  await mkdir(path.join(dir, 'letters'));
  await mkdir(path.join(dir, 'reports'));
  await cp(path.join(PASSAGES, 'en-fenians-1865.txt'), path.join(dir, 'letters', 'fenians.txt'));
  await cp(path.join(PASSAGES, 'sv-nf2-kriget-1808-09.txt'), path.join(dir, 'letters', 'kriget.txt'));
  await cp(path.join(PASSAGES, 'en-paris-commune-1871.txt'), path.join(dir, 'reports', 'commune.txt'));
  await writeFile(path.join(dir, 'reports', 'empty.txt'), '');
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

test('two processes at once on two folders: both store their documents; the bad file fails only its own run', async () => {
  const [letters, reports] = await Promise.all([
    runIngest([path.join(dir, 'letters'), '--jobs', '1']),
    runIngest([path.join(dir, 'reports'), '--jobs', '1']),
  ]);
  expect(letters.code).toBe(0);
  expect(reports.code).toBe(1);
  const lines = (run: Run): Array<{ documentId: string; status: string }> => run.stdout.trim().split('\n').map((line) => JSON.parse(line));
  expect(lines(letters).map((line) => [line.documentId, line.status])).toEqual([['letters-fenians', 'created'], ['letters-kriget', 'created']]);
  expect(lines(reports).map((line) => [line.documentId, line.status])).toEqual([['reports-commune', 'created'], ['reports-empty', 'failed']]);
  expect(letters.stderr).toMatch(/^\[1\/2\] created letters-/m);
  expect(letters.stderr).toMatch(/^2 files: 2 created$/m);
  expect(reports.stderr).toMatch(/^2 files: 1 created, 1 failed$/m);
  expect(reports.stderr).toMatch(/empty\.txt\s+failed\s+INVALID_INPUT: /);
  const stored = await testGraph().read('MATCH (d:Document) RETURN d.id AS id ORDER BY id');
  expect(stored.map((row) => row.id)).toEqual(['letters-fenians', 'letters-kriget', 'reports-commune']);

  const again = await runIngest([path.join(dir, 'letters'), path.join(dir, 'reports')]);
  expect(again.code).toBe(1);
  expect(again.stderr).toMatch(/^4 files: 3 unchanged, 1 failed$/m);
}, 180_000);

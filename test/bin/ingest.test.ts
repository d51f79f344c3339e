/** `npm run ingest`: bad arguments are one line on stderr and exit code 2, before any Neo4j is reached. */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const ROOT = path.join(__dirname, '..', '..');
const TSX = path.join(ROOT, 'node_modules', '.bin', 'tsx');

test.each([
  ['no file', [], /Usage: npm run ingest -- FILE/],
  ['two files', ['a.txt', 'b.txt'], /Usage: npm run ingest -- FILE/],
  ['an unknown language', ['a.txt', '--lang', 'fr'], /--lang must be sv or en, got "fr"/],
])('%s', (_label, args, message) => {
  // An unreachable NEO4J_URI: were the arguments accepted, the command would fail differently (exit 1).
  const run = spawnSync(TSX, [path.join(ROOT, 'bin', 'ingest.ts'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, NEO4J_URI: 'bolt://127.0.0.1:1' },
  });
  expect(run.status).toBe(2);
  expect(run.stdout).toBe('');
  expect(run.stderr.trim().split('\n')).toHaveLength(1);
  expect(run.stderr).toMatch(message);
});

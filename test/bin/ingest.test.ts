/** `npm run ingest`: bad arguments are one line on stderr and exit code 2, before any Neo4j is reached. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const ROOT = path.join(__dirname, '..', '..');
const TSX = path.join(ROOT, 'node_modules', '.bin', 'tsx');
const EMPTY_FOLDER = mkdtempSync(path.join(tmpdir(), 'allegiance-empty-'));
afterAll(() => rmSync(EMPTY_FOLDER, { recursive: true, force: true }));

test.each([
  ['no file', [], /Usage: npm run ingest -- FILE/],
  ['a title for two files', ['a.txt', 'b.txt', '--title', 'T'], /Usage: npm run ingest -- FILE\|FOLDER/],
  ['no workers', ['a.txt', '--jobs', '0'], /--jobs must be a whole number from 1 to 64, got "0"/],
  ['a folder without documents', [EMPTY_FOLDER], /No \.txt, \.md, \.pdf, \.docx file in /],
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

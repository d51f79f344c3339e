import iconv from 'iconv-lite';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const ROOT = path.join(__dirname, '..', '..');
const TSX = path.join(ROOT, 'node_modules', '.bin', 'tsx');
const dir = mkdtempSync(path.join(tmpdir(), 'allegiance-cli-'));
const file = (name: string, content: string | Uint8Array): string => {
  const target = path.join(dir, name);
  writeFileSync(target, content);
  return target;
};

function runCli(args: string[]) {
  const result = spawnSync(TSX, [path.join(ROOT, 'bin', 'extract.ts'), ...args], { cwd: ROOT, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('extract CLI: bad input gives one line on stderr, exit code 2, nothing on stdout', () => {
  const cases: [string, string[], RegExp][] = [
    ['no file argument', [], /expected exactly one FILE/],
    ['missing file', [path.join(dir, 'missing.txt')], /no such file/],
    ['empty file', [file('empty.txt', '')], /empty/],
    ['whitespace-only file', [file('blank.txt', ' \n\n  ')], /whitespace/],
    ['binary file', [file('binary.bin', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x00, 0x0d]))], /binary/],
    ['KOI8-R file (an encoding not told with confidence)', [file('koi8.txt', Uint8Array.from(iconv.encode('Это русский текст о революции в Петрограде в октябре.', 'koi8-r')))], /UTF-8.*iconv/],
    ['unknown flag', ['--bogus', file('ok.txt', 'Kerenski flydde.')], /unknown option --bogus/],
    ['unknown language', [file('ok2.txt', 'Kerenski flydde.'), '--lang', 'fr'], /unknown language "fr"/],
    ['a directory', [dir], /directory/],
    ['a threshold that is no number', [file('ok3.txt', 'Kerenski flydde.'), '--min-confidence', 'high'], /--min-confidence takes a number from 0 to 1/],
    ['a threshold above 1', [file('ok4.txt', 'Kerenski flydde.'), '--min-confidence', '1.5'], /--min-confidence takes a number from 0 to 1/],
  ];
  test.each(cases)('%s', (_label, args, message) => {
    const { status, stdout, stderr } = runCli(args);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(message);
  });
});

describe('extract CLI: a good file prints one Extraction', () => {
  const text = 'Den 25 oktober 1917 häktade bolsjevikerna Kerenskis ministrar i Vinterpalatset.\n';
  const cases: [string, string[], 'sv' | 'en'][] = [
    ['language detected', [file('sv.txt', text)], 'sv'],
    ['language forced', [file('sv2.txt', text), '--lang', 'en'], 'en'],
  ];
  test.each(cases)('%s', (_label, args, language) => {
    const { status, stdout, stderr } = runCli(args);
    expect([status, stderr]).toEqual([0, '']);
    expect(stdout.trimEnd().split('\n')).toHaveLength(1);
    const extraction = JSON.parse(stdout);
    expect(extraction).toEqual(
      expect.objectContaining({ language, entities: expect.any(Array), relations: expect.any(Array), sections: expect.any(Array) }),
    );
    expect(extraction.stats).toEqual({ lines: 2, sentences: 1, words: 10 });
  });
});

describe('extract CLI: --min-confidence keeps only relations at least that confident', () => {
  const text = 'Kerenski arresterade Korniloff. Korniloff förhandlade med Krasnoff på Kerenskis sida och träffade Lenin.\n';
  const relationsAt = (threshold?: string): { confidence: number }[] => {
    const args = [file(`confidence-${threshold ?? 'none'}.txt`, text), ...(threshold ? ['--min-confidence', threshold] : [])];
    const { status, stdout } = runCli(args);
    expect(status).toBe(0);
    return JSON.parse(stdout).relations;
  };
  const all = relationsAt();
  const median = [...all.map((r) => r.confidence)].sort((a, b) => a - b)[Math.floor(all.length / 2)];

  test('the document states relations of different confidence', () => {
    expect(new Set(all.map((r) => r.confidence)).size).toBeGreaterThan(1);
  });
  test('a threshold drops the relations below it and keeps the rest', () => {
    const kept = relationsAt(String(median));
    expect(kept.every((r) => r.confidence >= median)).toBe(true);
    expect(kept).toHaveLength(all.filter((r) => r.confidence >= median).length);
    expect(kept.length).toBeLessThan(all.length);
  });
});

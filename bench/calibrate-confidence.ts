/**
 * `npm run --silent calibrate:confidence [-- --write] [--dev-gold FILE --dev-corpus FILE]`: runs
 * the extractor over the generalisation set and the seed's dev gold, judges every relation in the
 * annotated lines, and prints per rule how many readings were true, then the precision of the
 * relations in each confidence bucket, as extracted with the stored table and held out (each
 * passage read with a table counted on the other passages only). `--write` stores the counts in
 * ingest/relations/confidence-calibration.json, which the relations stage reads (calibration.ts).
 *
 * Bad arguments or unreadable files: one line on stderr, exit code 2.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { extract } from '../ingest/pipeline';
import { ruleFamily, type CalibrationTable, type RuleCounts } from '../ingest/relations/calibration';
import { readGold } from './accuracy/gold';
import { judgeRelations, type JudgedRelation } from './accuracy/relation-truth';
import { setPassage, setSlugs, type Passage } from './accuracy/set-passages';

const ROOT = resolve(__dirname, '..');
const TABLE_FILE = resolve(ROOT, 'ingest', 'relations', 'confidence-calibration.json');
const COMMAND = 'npm run --silent calibrate:confidence -- --write';
/** How many readings the prior weighs against the counted ones. */
const STRENGTH = 2;
const BUCKETS = [0, 0.3, 0.5, 0.7, 1.01];
const EXIT_BAD_ARGUMENTS = 2;
/** The shared dev gold beside the checkout: `../shared` from the main checkout, `../../shared` from a worktree under wt/. */
const DEV_GOLD = [resolve(ROOT, '..', 'shared', 'eval', 'dev-gold.json'), resolve(ROOT, '..', '..', 'shared', 'eval', 'dev-gold.json')];

function count(judged: readonly JudgedRelation[], keyOf: (rule: string) => string): Record<string, RuleCounts> {
  const counts: Record<string, RuleCounts> = {};
  for (const { relation, true: isTrue } of judged) {
    const key = keyOf(relation.rule ?? 'unknown');
    counts[key] ??= { found: 0, true: 0 };
    counts[key].found += 1;
    if (isTrue) counts[key].true += 1;
  }
  return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => (a < b ? -1 : 1)));
}

function bucketLines(judged: readonly JudgedRelation[]): string[] {
  return BUCKETS.slice(0, -1).map((low, i) => {
    const high = BUCKETS[i + 1];
    const inside = judged.filter(({ relation }) => (relation.confidence ?? 1) >= low && (relation.confidence ?? 1) < high);
    const right = inside.filter((j) => j.true).length;
    const precision = inside.length ? (right / inside.length).toFixed(2) : '-';
    return `  confidence ${low.toFixed(1)}–${Math.min(high, 1).toFixed(1)}: ${right}/${inside.length} true (P ${precision})`;
  });
}

function main(argv: string[]): void {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: {
      write: { type: 'boolean', default: false },
      'dev-gold': { type: 'string', default: DEV_GOLD.find((file) => existsSync(file)) ?? DEV_GOLD[0] },
      'dev-corpus': { type: 'string', default: resolve(ROOT, 'data', 'corpus', 'october-to-brest-litovsk.sv.txt') },
    },
  });
  const passages: Passage[] = [
    ...setSlugs().map(setPassage),
    { slug: 'dev-gold', gold: readGold(values['dev-gold']!), text: readFileSync(values['dev-corpus']!, 'utf8') },
  ];
  const byPassage = passages.map((p) => judgeRelations(extract(p.text, { language: p.gold.language }), p.gold));
  const judged = byPassage.flat();
  const tableOf = (relations: readonly JudgedRelation[]): CalibrationTable => ({
    command: COMMAND,
    strength: STRENGTH,
    rules: count(relations, (rule) => rule),
    families: count(relations, ruleFamily),
  });
  const heldOut = passages.flatMap((p, i) =>
    judgeRelations(extract(p.text, { language: p.gold.language, calibration: tableOf(byPassage.filter((_, j) => j !== i).flat()) }), p.gold),
  );
  const { rules } = tableOf(judged);
  console.log(`${judged.length} relations in annotated lines, ${judged.filter((j) => j.true).length} true`);
  for (const [rule, c] of Object.entries(rules)) console.log(`  ${rule.padEnd(44)} ${c.true}/${c.found}`);
  console.log('by confidence, as extracted with the stored table:');
  console.log(bucketLines(judged).join('\n'));
  console.log('by confidence, each passage held out of the counts:');
  console.log(bucketLines(heldOut).join('\n'));
  if (values.write) {
    writeFileSync(TABLE_FILE, `${JSON.stringify(tableOf(judged), null, 1)}\n`);
    console.log(`wrote ${TABLE_FILE}`);
  }
}

try {
  main(process.argv.slice(2));
} catch (error) {
  process.stderr.write(`calibrate:confidence: ${(error as Error).message}\n`);
  process.exitCode = EXIT_BAD_ARGUMENTS;
}

/**
 * `npm run --silent eval:generalisation`: runs the extractor on every passage of the generalisation
 * set (test/ingest/fixtures/generalisation/*.gold.json, each with its <slug>.txt) in the language of
 * its annotation, scores it, and prints per passage and micro-averaged over the set: entity recall
 * (salient) and precision, relation precision, explicit recall and F1, evidence verbatim, dated.
 *
 *   --passage SLUG            only that passage
 *   --gold FILE --corpus FILE score one annotation of another text instead (e.g. the seed's dev gold)
 *   --min-confidence X        only relations with confidence >= X
 *   --thresholds 0.3,0.5,0.7  also P / R_explicit / F1 of the set at each threshold
 *   --verbose                 list missed explicit triples and false triples per passage
 *   --json                    one JSON object instead of the table
 *
 * Bad arguments: one line on stderr, exit code 2.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { extract } from '../ingest/pipeline';
import { figuresOf, sumCounts } from './accuracy/figures';
import { readGold, type Gold } from './accuracy/gold';
import { formatTable, formatThresholds, formatTriples, type PassageResult, type ThresholdResult } from './accuracy/report';
import { scorePassage, type ScoredExtraction } from './accuracy/score';
import { SET_FOLDER, setPassage, setSlugs, type Passage } from './accuracy/set-passages';

const EXIT_BAD_ARGUMENTS = 2;

class UsageError extends Error {}

function parseNumber(value: string, option: string): number {
  const number = Number(value);
  if (value.trim() === '' || !Number.isFinite(number) || number < 0 || number > 1) throw new UsageError(`${option} takes a number from 0 to 1, not "${value}"`);
  return number;
}

function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
}

function loadGold(file: string): Gold {
  try {
    return readGold(file);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

function loadPassages(gold: string | undefined, corpus: string | undefined, only: string | undefined): Passage[] {
  if (gold !== undefined || corpus !== undefined) {
    if (gold === undefined || corpus === undefined) throw new UsageError('--gold and --corpus go together');
    return [{ slug: basename(gold).replace(/(\.gold)?\.json$/, ''), gold: loadGold(gold), text: readText(corpus) }];
  }
  const slugs = setSlugs();
  const chosen = only === undefined ? slugs : slugs.filter((s) => s === only);
  if (chosen.length === 0) throw new UsageError(`no passage "${only}" in ${SET_FOLDER} (there are: ${slugs.join(', ')})`);
  return chosen.map((slug) => {
    try {
      return setPassage(slug);
    } catch (error) {
      throw new UsageError((error as Error).message);
    }
  });
}

function main(argv: string[]): void {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: {
      passage: { type: 'string' },
      gold: { type: 'string' },
      corpus: { type: 'string' },
      'min-confidence': { type: 'string' },
      thresholds: { type: 'string' },
      verbose: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
    },
  });
  const minConfidence = values['min-confidence'] === undefined ? undefined : parseNumber(values['min-confidence'], '--min-confidence');
  const thresholds = values.thresholds?.split(',').map((t) => parseNumber(t, '--thresholds')) ?? [];
  const passages = loadPassages(values.gold, values.corpus, values.passage);

  const extractions = new Map<string, ScoredExtraction>(passages.map((p) => [p.slug, extract(p.text, { language: p.gold.language })]));
  const scoreAll = (min: number | undefined): PassageResult[] =>
    passages.map((p) => {
      const counts = scorePassage(extractions.get(p.slug)!, p.gold, p.text, { minConfidence: min });
      return { slug: p.slug, counts, figures: figuresOf(counts) };
    });
  const results = scoreAll(minConfidence);
  const total = sumCounts(results.map((r) => r.counts));
  const micro: PassageResult = { slug: `micro (${results.length})`, counts: { ...total, missedExplicit: [], falseTriples: [], falseEntities: [] }, figures: figuresOf(total) };
  const atThresholds: ThresholdResult[] = thresholds.map((t) => {
    const summed = sumCounts(scoreAll(t).map((r) => r.counts));
    return { minConfidence: t, triples: summed.triples, figures: figuresOf(summed) };
  });

  if (values.json) {
    const passagesOut = results.map((r) => (values.verbose ? r : { slug: r.slug, counts: { ...r.counts, missedExplicit: undefined, falseTriples: undefined, falseEntities: undefined }, figures: r.figures }));
    console.log(JSON.stringify({ minConfidence: minConfidence ?? null, passages: passagesOut, micro: { counts: total, figures: micro.figures }, thresholds: atThresholds }, null, 1));
    return;
  }
  console.log(formatTable(results, micro));
  if (atThresholds.length > 0) console.log(`\n${formatThresholds(atThresholds)}`);
  if (values.verbose) console.log(`\n${formatTriples(results)}`);
}

try {
  main(process.argv.slice(2));
} catch (error) {
  const usage = error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
  process.stderr.write(`eval:generalisation: ${(error as Error).message}\n`);
  process.exitCode = usage ? EXIT_BAD_ARGUMENTS : 1;
}

/** The scorer's printed table: one row per passage and one for the micro-average, then the lists asked for. */
import type { Figures } from './figures';
import type { PassageCounts, TripleNote } from './score';

export interface PassageResult {
  slug: string;
  counts: PassageCounts;
  figures: Figures;
}

export interface ThresholdResult {
  minConfidence: number;
  triples: number;
  figures: Figures;
}

const COLUMNS: [string, keyof Figures][] = [
  ['ent R', 'entityRecallSalient'],
  ['ent P', 'entityPrecision'],
  ['rel P', 'relationPrecision'],
  ['R expl', 'relationRecallExplicit'],
  ['F1', 'relationF1'],
  ['R all', 'relationRecallAll'],
  ['evid', 'evidenceInText'],
  ['dated', 'dated'],
];

const cell = (value: number | string, width = 7): string => String(typeof value === 'number' ? value.toFixed(3) : value).padStart(width);

type RowCounts = Pick<PassageCounts, 'triples' | 'triplesTrue' | 'explicitTriples' | 'explicitFound' | 'unitSideTaking' | 'unitSideTakingFound'>;

function row(label: string, width: number, figures: Figures, counts: RowCounts): string {
  const tail =
    `  ${counts.triplesTrue}/${counts.triples} true, ${counts.explicitFound}/${counts.explicitTriples} explicit found, ` +
    `${counts.unitSideTakingFound}/${counts.unitSideTaking} unit side-taking found`;
  return label.padEnd(width) + COLUMNS.map(([, key]) => cell(figures[key])).join('') + tail;
}

export function formatTable(passages: readonly PassageResult[], micro: PassageResult): string {
  const width = Math.max(...passages.map((p) => p.slug.length), micro.slug.length) + 2;
  const header = ''.padEnd(width) + COLUMNS.map(([title]) => cell(title)).join('');
  return [header, ...passages.map((p) => row(p.slug, width, p.figures, p.counts)), row(micro.slug, width, micro.figures, micro.counts)].join('\n');
}

export function formatThresholds(results: readonly ThresholdResult[]): string {
  return results
    .map((t) => `confidence >= ${t.minConfidence}: P=${t.figures.relationPrecision.toFixed(3)} R_explicit=${t.figures.relationRecallExplicit.toFixed(3)} F1=${t.figures.relationF1.toFixed(3)} (${t.triples} triples)`)
    .join('\n');
}

const describe = (t: TripleNote): string => {
  const confidence = t.confidence === undefined ? '' : ` [${t.confidence.toFixed(2)}]`;
  const evidence = t.evidence.replace(/\s+/g, ' ');
  return `    ${t.subject} ${t.predicate} ${t.object}${confidence} (line ${t.line}): ${evidence.length > 140 ? `${evidence.slice(0, 137)}...` : evidence}`;
};

/** For each passage, the explicit triples not found and the extracted triples that are not annotated. */
export function formatTriples(passages: readonly PassageResult[]): string {
  return passages
    .map((p) =>
      [
        `${p.slug}`,
        `  missed explicit (${p.counts.missedExplicit.length}):`,
        ...p.counts.missedExplicit.map(describe),
        `  false (${p.counts.falseTriples.length}):`,
        ...p.counts.falseTriples.map(describe),
        `  false entities (${p.counts.falseEntities.length}): ${p.counts.falseEntities.join('; ')}`,
      ].join('\n'),
    )
    .join('\n\n');
}

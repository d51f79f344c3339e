import { indexLemmaCues } from '../../../ingest/relations/lemma-cue-matches';
import { ENGLISH_LEMMA_CUES } from '../../../ingest/relations/lemma-cues-en';
import { SWEDISH_LEMMA_CUES } from '../../../ingest/relations/lemma-cues-sv';
import { treeCandidates } from '../../../ingest/relations/tree-candidates';
import { ENGLISH_TREE_CASES, SWEDISH_TREE_CASES, type TreeCase } from '../fixtures/relations-tree';
import { buildCase } from '../fixtures/relations-fixture';
import { handTree } from './hand-tree';

const INDEX = { sv: indexLemmaCues(SWEDISH_LEMMA_CUES, 'sv'), en: indexLemmaCues(ENGLISH_LEMMA_CUES, 'en') };

function readTree({ text, language, tree, mentions }: TreeCase) {
  const { mentions: placed } = buildCase(text, mentions);
  return treeCandidates(handTree(text, language, tree), placed, INDEX[language], text);
}

const triples = (c: TreeCase) => [...new Set(readTree(c).map((r) => `${r.subject.key} ${r.type} ${r.object.key}`))].sort();

describe.each([
  ['Swedish', SWEDISH_TREE_CASES],
  ['English', ENGLISH_TREE_CASES],
])('treeCandidates: %s constructions', (_language, cases) => {
  test.each(cases.map((c) => [c.label, c] as const))('%s', (_label, c) => {
    expect(triples(c)).toEqual([...c.expected].sort());
  });
});

describe('treeCandidates: provenance and confidence', () => {
  const byLabel = (label: string) => [...SWEDISH_TREE_CASES, ...ENGLISH_TREE_CASES].find((c) => c.label.startsWith(label))!;

  test('a tree reading names its own rule, with the voice', () => {
    const [reading] = readTree(byLabel('an s-passive'));
    expect(reading.rule).toBe('sv.arrest.tree.passive');
    expect(reading.confidence).toBe(0.85);
  });

  test('a subject carried from another clause is trusted less than the verb’s own', () => {
    const readings = readTree(byLabel('the second of two coordinated verbs'));
    const own = readings.find((r) => r.object.key === 'royalists')!;
    const carried = readings.find((r) => r.object.key === 'scots')!;
    expect(own.rule).toBe('en.oppose.tree');
    expect(carried.rule).toBe('en.oppose.tree.carried');
    expect(carried.confidence).toBeLessThan(own.confidence);
  });

  test('a cue word inside a mention is no cue', () => {
    const c = byLabel('subject and object of an active verb');
    expect(readTree({ ...c, mentions: [['Kerenski arresterade', 'Person', 'kerenski'], ['Korniloff', 'Person']] })).toEqual([]);
  });
});

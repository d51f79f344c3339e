import { indexLemmaCues } from '../../../ingest/relations/lemma-cue-matches';
import { ENGLISH_LEMMA_CUES } from '../../../ingest/relations/lemma-cues-en';
import { SWEDISH_LEMMA_CUES } from '../../../ingest/relations/lemma-cues-sv';
import { treeCandidates, treeReadings } from '../../../ingest/relations/tree-candidates';
import { modernSpelling } from '../../../ingest/orthography';
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

describe('treeCandidates: personal pronouns stand for their antecedents, trusted less', () => {
  test('a subject pronoun takes the person of the sentence before (pre-1906 spelling)', () => {
    const before = buildCase('Arnheim var det sändebud kurfursten afskickade.', [['Arnheim', 'Person']]);
    const text = 'Han träffade Gustaf Adolf i Alt-Brandenburg.';
    const tree = 'Han/han/PRON/2/nsubj träffade/träffa/VERB/0/root Gustaf/Gustaf/PROPN/2/obj Adolf/Adolf/PROPN/3/flat:name i/i/ADP/6/case Alt-Brandenburg/Alt-Brandenburg/PROPN/2/obl ././PUNCT/2/punct';
    const { mentions } = buildCase(text, [['Gustaf Adolf', 'Person', 'gustaf'], ['Alt-Brandenburg', 'Place']]);
    const previous = [{ text: before.sentence.text, ordered: before.mentions }];
    const [reading, ...rest] = treeCandidates(handTree(text, 'sv', tree), mentions, INDEX.sv, text, previous);
    expect(rest).toEqual([]);
    expect([reading.subject.key, reading.type, reading.object.key, reading.rule]).toEqual(['arnheim', 'NEGOTIATED_WITH', 'gustaf', 'sv.negotiate.meet.tree.pronoun']);
    expect(reading.confidence).toBeLessThan(0.5);
  });

  test('an object pronoun takes the person named earlier in its sentence', () => {
    const text = 'Kornilov marched on Petrograd, but the Soviet defeated him.';
    const tree =
      'Kornilov/Kornilov/PROPN/2/nsubj marched/march/VERB/0/root on/on/ADP/4/case Petrograd/Petrograd/PROPN/2/obl ,/,/PUNCT/9/punct but/but/CCONJ/9/cc ' +
      'the/the/DET/8/det Soviet/Soviet/PROPN/9/nsubj defeated/defeat/VERB/2/conj him/he/PRON/9/obj ././PUNCT/2/punct';
    const { mentions } = buildCase(text, [['Kornilov', 'Person'], ['Petrograd', 'Place'], ['Soviet', 'Organization']]);
    const readings = treeCandidates(handTree(text, 'en', tree), mentions, INDEX.en, text);
    expect(readings.map((r) => `${r.subject.key} ${r.type} ${r.object.key} ${r.rule}`)).toContain('soviet OPPOSED kornilov en.oppose.tree.pronoun');
  });
  test('"it" as an object stands for a body named before, and coordinated subjects share it', () => {
    const before = buildCase('In May 1915 Clarke established a Military Council within the IRB.', [['Clarke', 'Person'], ['Military Council', 'Organization', 'council'], ['IRB', 'Organization', 'irb']]);
    const text = 'Clarke and MacDermott joined it shortly after.';
    const tree = 'Clarke/Clarke/PROPN/4/nsubj and/and/CCONJ/3/cc MacDermott/MacDermott/PROPN/1/conj joined/join/VERB/0/root it/it/PRON/4/obj shortly/shortly/ADV/7/advmod after/after/ADV/4/advmod ././PUNCT/4/punct';
    const { mentions } = buildCase(text, [['Clarke', 'Person'], ['MacDermott', 'Person']]);
    const readings = treeCandidates(handTree(text, 'en', tree), mentions, INDEX.en, text, [{ text: before.sentence.text, ordered: before.mentions }]);
    expect(readings.map((r) => `${r.subject.key} ${r.type} ${r.object.key} ${r.rule}`).sort()).toEqual([
      'clarke JOINED council en.join.tree.pronoun',
      'macdermott JOINED council en.join.tree.pronoun',
    ]);
  });
  test('an object pronoun never stands for its own clause’s subject (pre-1906 spelling)', () => {
    const before = buildCase('Engelbrekt intog slottet.', [['Engelbrekt', 'Person']]);
    // The relations stage reads the sentence in modern spelling, its mentions moved there.
    const text = modernSpelling('Äfven Erik Puke öfvergick till honom.').text;
    const tree = 'Även/även/ADV/2/advmod Erik/Erik/PROPN/4/nsubj Puke/Puke/PROPN/2/flat:name övergick/övergå/VERB/0/root till/till/ADP/6/case honom/han/PRON/4/obl ././PUNCT/4/punct';
    const { mentions } = buildCase(text, [['Erik Puke', 'Person', 'puke']]);
    const readings = treeCandidates(handTree(text, 'sv', tree), mentions, INDEX.sv, text, [{ text: before.sentence.text, ordered: before.mentions }]);
    expect(readings.map((r) => `${r.subject.key} ${r.type} ${r.object.key}`)).toEqual(['puke JOINED engelbrekt']);
  });
});

describe('treeReadings: denied claims are read too, so word-order readings of them can be dropped', () => {
  test.each([...SWEDISH_TREE_CASES, ...ENGLISH_TREE_CASES].filter((c) => /negated|refused|supposed/u.test(c.label)).map((c) => [c.label, c] as const))('%s', (_label, c) => {
    const { mentions } = buildCase(c.text, c.mentions);
    const { stated, denied } = treeReadings(handTree(c.text, c.language, c.tree), mentions, INDEX[c.language], c.text);
    expect(stated).toEqual([]);
    expect(denied.length).toBeGreaterThan(0);
  });
});

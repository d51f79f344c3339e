/** The relations stage on hand-made sentences and mentions: the triples it reads, and what each relation carries. */
import type { HistoricalDate, Language, Mention } from '../../domain/types';
import { extractRelations } from '../../ingest/relations';
import { ENGLISH_CASES } from './fixtures/relations-en';
import { buildCase, type MentionSpec, type RelationCase } from './fixtures/relations-fixture';
import { SWEDISH_CASES } from './fixtures/relations-sv';
import { ENGLISH_LEMMA_CASES, SWEDISH_LEMMA_CASES } from './fixtures/relations-lemma';

const entityOf = (m: Mention): string => m.key;

function triplesOf(relationCase: RelationCase, language: Language): string[] {
  const { sentence, mentions } = buildCase(relationCase.text, relationCase.mentions);
  return extractRelations([sentence], mentions, entityOf, language)
    .map((r) => `${r.source} ${r.type} ${r.target}`)
    .sort();
}

describe.each([
  ['Swedish', 'sv', SWEDISH_CASES],
  ['English', 'en', ENGLISH_CASES],
  ['Swedish lemma cues: any form, voice, split verbs, negation, older spelling', 'sv', SWEDISH_LEMMA_CASES],
  ['English lemma cues: any form, voice, side changes, negation', 'en', ENGLISH_LEMMA_CASES],
] as const)('extractRelations: %s', (_label, language, cases) => {
  test.each(cases.map((c) => [c.text, c] as const))('%s', (_text, relationCase) => {
    expect(triplesOf(relationCase, language)).toEqual([...relationCase.expected].sort());
  });
});

describe('extractRelations: what each relation carries', () => {
  const date: HistoricalDate = { value: '1917-07-04', gregorian: '1917-07-17', calendar: 'julian', precision: 'day', source: 'explicit', text: 'den 4 juli' };
  const text = 'Den 4 juli häktades Kamenev av regeringen, och regeringen häktade Kamenev.';
  const built = buildCase(text, [['Kamenev', 'Person'], ['regeringen', 'Organization'], ['regeringen', 'Organization'], ['Kamenev', 'Person']]);
  const sentence = { ...built.sentence, index: 7, line: 470, date };
  const mentions = built.mentions.map((m) => ({ ...m, sentence: 7, line: 470 }));
  const relations = extractRelations([sentence], mentions, entityOf, 'sv');

  test.each([
    ['one relation for a triple stated twice in one sentence', relations.length, 1],
    ['source', relations[0]?.source, 'regeringen'],
    ['target', relations[0]?.target, 'kamenev'],
    ['evidence is the sentence verbatim', relations[0]?.evidence, text],
    ['line of the sentence', relations[0]?.line, 470],
    ['sentence index', relations[0]?.sentence, 7],
    ['date in the text calendar', relations[0]?.date, '1917-07-04'],
    ['Gregorian date', relations[0]?.dateGregorian, '1917-07-17'],
    ['calendar', relations[0]?.calendar, 'julian'],
  ])('%s', (_label, actual, expected) => {
    expect(actual).toEqual(expected);
  });

  test.each([
    ['confidence within 0..1', relations.every((r) => r.confidence > 0 && r.confidence <= 1), true],
    ['a rule name', typeof relations[0]?.rule, 'string'],
  ])('%s', (_label, actual, expected) => {
    expect(actual).toEqual(expected);
  });

  test('an undated sentence gives null dates', () => {
    const { sentence: undated, mentions: plain } = buildCase('Kerenski häktade Lenin.', [['Kerenski', 'Person'], ['Lenin', 'Person']]);
    const [relation] = extractRelations([undated], plain, entityOf, 'sv');
    expect([relation.date, relation.dateGregorian, relation.calendar]).toEqual([null, null, undefined]);
  });

  test('a pronoun subject stands for a person named in an earlier sentence of the paragraph', () => {
    const first = buildCase('Kerenski tvekade länge.', [['Kerenski', 'Person']]);
    const second = buildCase('Han fortsatte sina överenskommelser med Korniloff.', [['Korniloff', 'Person']]);
    const sentences = [first.sentence, { ...second.sentence, index: 1, line: 2 }];
    const mentions = [...first.mentions, ...second.mentions.map((m) => ({ ...m, sentence: 1, line: 2 }))];
    const triples = extractRelations(sentences, mentions, entityOf, 'sv').map((r) => `${r.source} ${r.type} ${r.target} ${r.line}`);
    expect(triples).toEqual(['kerenski NEGOTIATED_WITH korniloff 2']);
  });

  test.each([
    ['a bare "regeringen" stands for the government named earlier', 'Koalitionsregeringen tvekade.', ['Koalitionsregeringen', 'Organization', 'koalitionsregeringen'], 'Regeringen häktade Kamenev.', [['Kamenev', 'Person']], ['koalitionsregeringen ARRESTED kamenev 2']],
    ['a bare "sovjet" stands for the soviet named earlier', 'Petrograds sovjet samlades.', ['Petrograds sovjet', 'Organization', 'petrograds_sovjet'], 'Garnisonen ställde sig bakom sovjet.', [['Garnisonen', 'Regiment', 'garnisonen']], ['garnisonen SUPPORTED petrograds_sovjet 2']],
    ['a bare noun with no named antecedent stays unread', 'Kerenski tvekade.', ['Kerenski', 'Person'], 'Regeringen häktade Kamenev.', [['Kamenev', 'Person']], []],
  ] as const)('%s', (_label, firstText, firstMention, secondText, secondMentions, expected) => {
    const first = buildCase(firstText, [[...firstMention]]);
    const second = buildCase(secondText, secondMentions.map((m) => [...m] as [string, 'Person' | 'Regiment']));
    const sentences = [first.sentence, { ...second.sentence, index: 1, line: 2, paragraph: 1 }];
    const mentions = [...first.mentions, ...second.mentions.map((m) => ({ ...m, sentence: 1, line: 2 }))];
    const triples = extractRelations(sentences, mentions, entityOf, 'sv').map((r) => `${r.source} ${r.type} ${r.target} ${r.line}`);
    expect(triples).toEqual(expected);
  });

  test.each([
    ['a possessive before a noun cue is its subject', 'Mensjevikerna och socialrevolutionärerna förlorade.', 'Detta tände deras blinda och i sanning vanvettiga hat emot oss.', ['mensjevikerna OPPOSED bolsjevikerna 2', 'socialrevolutionärerna OPPOSED bolsjevikerna 2']],
    ['a possessive before a verb cue is no subject', 'Mensjevikerna och socialrevolutionärerna förlorade.', 'Deras vänner angrep oss.', []],
    ['a singular possessive stands for a person', 'Kerenski tvekade.', 'Hans kamp mot oss fortsatte.', ['kerenski OPPOSED bolsjevikerna 2']],
  ] as const)('%s', (_label, firstText, secondText, expected) => {
    const firstSpecs: MentionSpec[] = firstText.startsWith('Kerenski') ? [['Kerenski', 'Person']] : [['Mensjevikerna', 'Party'], ['socialrevolutionärerna', 'Party']];
    const first = buildCase(firstText, firstSpecs);
    const second = buildCase(secondText, [['oss', 'Party', 'bolsjevikerna']]);
    const sentences = [first.sentence, { ...second.sentence, index: 1, line: 2 }];
    const mentions = [...first.mentions, ...second.mentions.map((m) => ({ ...m, sentence: 1, line: 2 }))];
    const triples = extractRelations(sentences, mentions, entityOf, 'sv').map((r) => `${r.source} ${r.type} ${r.target} ${r.line}`);
    expect(triples.sort()).toEqual(expected);
  });

  test('no relation from an entity to itself', () => {
    const { sentence: self, mentions: twice } = buildCase('Kerenski bekämpade Kerenskis.', [['Kerenski', 'Person'], ['Kerenskis', 'Person', 'kerenski']]);
    expect(extractRelations([self], twice, entityOf, 'sv')).toEqual([]);
  });
});

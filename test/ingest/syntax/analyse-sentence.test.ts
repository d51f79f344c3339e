import { analyseSentence, syntaxModel, type Upos } from '../../../ingest/syntax';
import { lemmatise } from '../../../ingest/syntax/lemmatiser';

const tagsOf = (text: string, language: 'sv' | 'en') => analyseSentence(text, language).map((token) => token.upos);

describe('analyseSentence: parts of speech', () => {
  const cases: [string, 'sv' | 'en', string, string[]][] = [
    ['unseen names around a verb', 'sv', 'Kerenski arresterade Korniloff.', ['PROPN', 'VERB', 'PROPN', 'PUNCT']],
    ['English names around a verb', 'en', 'Kerensky dismissed Kornilov.', ['PROPN', 'VERB', 'PROPN', 'PUNCT']],
    ['passive with agent', 'sv', 'Korniloff arresterades av Kerenski.', ['PROPN', 'VERB', 'ADP', 'PROPN', 'PUNCT']],
    ['English determiners and nouns', 'en', 'The Bolsheviks armed the Kronstadt sailors.', ['DET', 'PROPN', 'VERB', 'DET', 'PROPN', 'NOUN', 'PUNCT']],
  ];
  test.each(cases)('%s', (_label, language, text, expected) => {
    expect(tagsOf(text, language)).toEqual(expected);
  });

  test.each([
    ['sv', 'Därefter anslöt sig Preobrazjenskij-regementet till Wolynskij och Semenoff.', ['Wolynskij', 'Semenoff']],
    ['en', 'Then the regiment of Preobrazhensky joined Volynsky and Semenoff.', ['Preobrazhensky', 'Volynsky', 'Semenoff']],
  ] as const)('unseen capitalised words inside a %s sentence are PROPN', (language, text, names) => {
    const tokens = analyseSentence(text, language);
    for (const name of names) expect(tokens.find((token) => token.text === name)?.upos).toBe('PROPN');
  });

  test('tokens keep their offsets in the sentence', () => {
    const text = 'Kerenski  arresterade Korniloff.';
    for (const token of analyseSentence(text, 'sv')) expect(text.slice(token.start, token.end)).toBe(token.text);
  });
});

describe('lemmas', () => {
  const cases: ['sv' | 'en', string, Upos, string][] = [
    ['sv', 'arresterade', 'VERB', 'arrestera'],
    ['sv', 'arresterades', 'VERB', 'arrestera'],
    ['sv', 'arresterats', 'VERB', 'arrestera'],
    ['sv', 'häktade', 'VERB', 'häkta'],
    ['sv', 'gick', 'VERB', 'gå'],
    ['sv', 'regementet', 'NOUN', 'regemente'],
    ['sv', 'Regementet', 'NOUN', 'regemente'],
    ['sv', 'regementena', 'NOUN', 'regemente'],
    ['sv', 'Preobrazjenskij-regementet', 'PROPN', 'Preobrazjenskij-regemente'],
    ['sv', 'Preobrazjenskij-regementet', 'NOUN', 'preobrazjenskij-regemente'],
    ['sv', 'Kerenskis', 'PROPN', 'Kerenski'],
    ['en', 'arrested', 'VERB', 'arrest'],
    ['en', 'went', 'VERB', 'go'],
    ['en', 'led', 'VERB', 'lead'],
    ['en', 'regiments', 'NOUN', 'regiment'],
    ["en", "n't", 'PART', 'not'],
  ];
  test.each(cases)('%s %s (%s) → %s', (language, form, upos, lemma) => {
    expect(lemmatise(syntaxModel(language).lemmatiser, form, upos)).toBe(lemma);
  });

  test.each([
    ['sv', 'Kerenski arresterade Korniloff.', 'arresterade', 'arrestera'],
    ['sv', 'Regementet gick över till bolsjevikerna.', 'gick', 'gå'],
    ['en', 'Kerensky arrested Kornilov and went to the regiments.', 'regiments', 'regiment'],
  ] as const)('in a %s sentence: %s', (language, text, word, lemma) => {
    expect(analyseSentence(text, language).find((token) => token.text === word)?.lemma).toBe(lemma);
  });
});

import { commonNounLemma, inflectionVariants, properNameLemma } from '../../../domain/names/swedish-morphology';

describe('properNameLemma strips the genitive and adjectival endings of names', () => {
  test.each([
    ['Kerenskis', 'Kerenski'],
    ['Petrograds', 'Petrograd'],
    ["Kerensky's", 'Kerensky'],
    ['Korniloffska', 'Korniloff'],
    ['Lenin', 'Lenin'],
    ['Ufa', 'Ufa'],
  ])('%s → %s', (word, lemma) => {
    expect(properNameLemma(word)).toBe(lemma);
  });
});

describe('commonNounLemma strips definite, plural and genitive endings', () => {
  test.each([
    ['bolsjevikernas', 'bolsjevik'],
    ['regementena', 'regement'],
    ['regementet', 'regement'],
    ['sovjeten', commonNounLemma('sovjet')],
  ])('%s → %s', (word, lemma) => {
    expect(commonNounLemma(word)).toBe(lemma);
  });
});

describe('inflectionVariants: the forms a searched name may stand for', () => {
  test.each([
    ['Kerenskis', ['kerenskis', 'kerenski']],
    ['regementet', ['regementet', 'regement']],
    ['bolsjevikernas', ['bolsjevikernas', 'bolsjevikerna', 'bolsjevik']],
    ['Volhyniska regementets', ['volhyniska regementets', 'volhyniska regementet', 'volhyniska regement']],
    ['Ufa', ['ufa']],
    ['Lenin', ['lenin']],
  ])('%s → %j', (query, expected) => {
    expect(inflectionVariants(query)).toEqual(expected);
  });
});

/**
 * Peoples named as a whole: listed ones, modern demonyms compromise knows, and unseen ones read by
 * shape (a stem that names a known country), in English and Swedish; common nouns in the plural are not peoples.
 */
import { isEnglishPeoplePlural, isSwedishPeoplePlural } from '../../../ingest/mentions/peoples';

describe('English peoples in the plural', () => {
  test.each([
    ['Hungarians', true],
    ['Prussians', true], // listed: no lexicon knows Prussia
    ['Serbians', true], // compromise's demonym
    ['Bavarians', true], // by shape: Bavaria is a region
    ['Bulgarians', true],
    ['Turks', true],
    ['Fenians', false], // a movement, no country Fenia
    ['Volunteers', false],
    ['Reds', false],
    ['Commons', false],
    ['HUNGARIANS', false],
    ['hungarians', false],
  ])('%s → %s', (word, expected) => {
    expect(isEnglishPeoplePlural(word)).toBe(expected);
  });
});

describe('Swedish peoples in the definite plural', () => {
  test.each([
    ['svenskarna', true],
    ['ryssarnas', true],
    ['fransmännen', true],
    ['finnarna', true],
    ['Tyskarna', true],
    ['serberna', true], // by shape: Serbia is a country
    ['bulgarerna', true],
    ['smålänningarna', true], // the people of a province
    ['norrländingarnes', true],
    ['Ryssarne', true], // older spelling
    ['svenskarnes', true],
    ['soldaterna', false],
    ['bönderna', false],
    ['portarna', false],
    ['arbetarna', false],
    ['ryss', false],
  ])('%s → %s', (word, expected) => {
    expect(isSwedishPeoplePlural(word)).toBe(expected);
  });
});

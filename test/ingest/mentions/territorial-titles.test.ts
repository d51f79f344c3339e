/** A ruler named by title and territory is one person, and the territory inside is no place of its own. */
import { findMentions } from '../../../ingest/mentions';
import { mentionsOf, sentencesOf } from './mentions-of';

describe('title and territory', () => {
  test.each([
    ['sv', 'Förstärkningar under hertigen af Holstein anlände.', 'hertigen af Holstein/Person'],
    ['sv', 'Markgrefven af Baden ogillade fredsslutet.', 'Markgrefven af Baden/Person'],
    ['sv', 'Sedan svarade kurfursten av Pfalz kallt.', 'kurfursten av Pfalz/Person'],
    ['en', 'Reinforcements under the Duke of Ormond arrived.', 'Duke of Ormond/Person'],
    ['en', 'The Earl of Kildare refused to join.', 'Earl of Kildare/Person'],
  ] as const)('%s: %s', (language, text, expected) => {
    const found = mentionsOf([text], language);
    expect(found).toContain(expected);
    const territory = expected.split(/ (?:af|av|of) /u)[1].replace('/Person', '');
    expect(found.filter((m) => m.startsWith(`${territory}/`))).toEqual([]);
  });

  test('one person in the genitive and the base form', () => {
    const keys = findMentions(sentencesOf(['Hertigen af Holstein kom.', 'Då flydde hertigen af Holsteins här.']), 'sv').map((m) => m.key);
    expect(new Set(keys).size).toBe(1);
  });

  test.each([
    ['sv', 'Han var konungen af Sverige trogen.', 'Sverige/Place'],
    ['en', 'Prince Rupert of Bohemia fled.', 'Rupert/Person'],
  ] as const)('not a territorial title: %s', (language, text, expected) => {
    expect(mentionsOf([text], language)).toContain(expected);
  });
});

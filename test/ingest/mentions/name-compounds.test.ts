/**
 * Swedish compounds of a name the document mentions and a common noun it writes in lower case name
 * an event, a regime or a body of men, not a person. (English writes such phrases as two words.)
 */
import { isNameCompound } from '../../../ingest/mentions/name-compounds';
import { mentionsOf } from './mentions-of';

describe('isNameCompound', () => {
  const names = new Set(['Kerenski', 'Narva']);
  const lowercase = new Set(['regimen', 'upproret', 'trupperna']);
  test.each([
    ['Kerenskiregimen', true],
    ['Narvaupproret', true],
    ['Narvasupproret', true],
    ['Kerenskitruppernas', true],
    ['Narvastad', false],
    ['Kerenski', false],
  ])('%s → %s', (word, expected) => {
    expect(isNameCompound(word, names, lowercase)).toBe(expected);
  });
});

describe('name compounds in a document', () => {
  test('a compound of a mentioned name and a common noun is no entity; the name stays', () => {
    const found = mentionsOf(['Kerenski flydde till Gatsjina.', 'Den gamla regimen var svag.', 'Sedan föll hela Kerenskiregimen.', 'Det stora upproret i Narva kom sent.', 'Narvaupprorets gång var kort.'], 'sv');
    expect(found.filter((m) => /regimen|upprorets/u.test(m))).toEqual([]);
    expect(found).toContain('Kerenski/Person');
  });
});

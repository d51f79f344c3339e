import { detectLanguage } from '../../domain/language';

describe('detectLanguage', () => {
  const cases: [string, string, 'sv' | 'en'][] = [
    ['Swedish prose', 'Kerenski häktades av bolsjevikerna och det var slut med hans regering.', 'sv'],
    ['Swedish with "icke"', 'Vi kunde icke vänta, ty massorna var redan på gatan.', 'sv'],
    ['one short Swedish sentence', 'Den 25 oktober häktade bolsjevikerna ministrarna.', 'sv'],
    ['English prose', 'Kerensky was arrested by the Bolsheviks and that was the end of his government.', 'en'],
    ['no words at all: default English', '1917 – 1918', 'en'],
  ];
  test.each(cases)('%s', (_label, text, expected) => {
    expect(detectLanguage(text)).toBe(expected);
  });
});

describe('detectLanguage on one short sentence, from its letters', () => {
  test.each([
    ['Kerenski arresterade Korniloff.', 'sv'],
    ['Kerensky arrested Kornilov.', 'en'],
    ['Regementet gick över till bolsjevikerna.', 'sv'],
    ['The regiment went over to the Bolsheviks.', 'en'],
    ['Mannerheim ledde de vita trupperna.', 'sv'],
    ['Mannerheim led the White troops.', 'en'],
    ['Hvilka trupper gingo öfver?', 'sv'],
    ['Lenin talade.', 'sv'],
    ['Lenin spoke.', 'en'],
  ] as const)('%s → %s', (text, expected) => expect(detectLanguage(text)).toBe(expected));
});

test('names do not outweigh the words around them', () => {
  expect(detectLanguage('Kerensky dismissed Kornilov.')).toBe('en');
  expect(detectLanguage('Kerensky avskedade Kornilov.')).toBe('sv');
});

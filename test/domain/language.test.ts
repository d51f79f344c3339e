import { detectLanguage } from '../../domain/language';

describe('detectLanguage', () => {
  const cases: [string, string, 'sv' | 'en'][] = [
    ['Swedish prose', 'Kerenski häktades av bolsjevikerna och det var slut med hans regering.', 'sv'],
    ['Swedish with "icke"', 'Vi kunde icke vänta, ty massorna var redan på gatan.', 'sv'],
    ['one short Swedish sentence', 'Den 25 oktober häktade bolsjevikerna ministrarna.', 'sv'],
    ['English prose', 'Kerensky was arrested by the Bolsheviks and that was the end of his government.', 'en'],
    ['no words at all: default English', '1917 – 1918', 'en'],
    ['names only: default English', 'Kerenski Kornilov Petrograd', 'en'],
  ];
  test.each(cases)('%s', (_label, text, expected) => {
    expect(detectLanguage(text)).toBe(expected);
  });
});

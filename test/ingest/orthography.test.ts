import { modernSpelling, modernWord } from '../../ingest/orthography';

describe('modernWord', () => {
  test.each([
    ['hvilka', 'vilka'],
    ['Hvarje', 'Varje'],
    ['öfver', 'över'],
    ['af', 'av'],
    ['Af', 'Av'],
    ['gifva', 'giva'],
    ['hafva', 'hava'],
    ['godt', 'gott'],
    ['förrådt', 'förrått'],
    ['qvinna', 'kvinna'],
    ['lif', 'liv'],
    ['blefvo', 'blev'],
    ['gingo', 'gick'],
    ['voro', 'var'],
    // modern words that look old stay as they are
    ['chef', 'chef'],
    ['straff', 'straff'],
    ['hjälp', 'hjälp'],
    ['fartyg', 'fartyg'],
    ['avdelning', 'avdelning'],
    ['Kerenski', 'Kerenski'],
    ['of', 'of'],
  ])('%s → %s', (old, modern) => expect(modernWord(old)).toBe(modern));
});

describe('modernSpelling', () => {
  const text = 'Hvilka trupper gingo öfver till dem af fri vilja?';
  const modern = modernSpelling(text);

  test('rewrites the words and leaves the rest', () => {
    expect(modern.text).toBe('Vilka trupper gick över till dem av fri vilja?');
  });

  test.each(['Vilka', 'trupper', 'gick', 'över', 'till', 'av', 'fri', 'vilja'])('maps "%s" back to its original span', (word) => {
    const start = modern.text.indexOf(word);
    const end = start + word.length;
    const original = text.slice(modern.originalOffset(start), modern.originalOffset(end));
    expect(modernWord(original)).toBe(word);
  });

  test('an already modern text is returned as it is, offsets unchanged', () => {
    const plain = modernSpelling('Kerenski arresterade Korniloff.');
    expect(plain.text).toBe('Kerenski arresterade Korniloff.');
    expect(plain.originalOffset(9)).toBe(9);
  });

  test('the end of the text maps to the end of the original', () => {
    expect(modern.originalOffset(modern.text.length)).toBe(text.length);
  });
});

describe('modernOffset', () => {
  const text = 'Hertig Karl angreps af Sigismund, hvilken flydde.';
  const modern = modernSpelling(text);
  test.each(['Hertig Karl', 'Sigismund', 'flydde'])('"%s" keeps its span through the rewrite', (name) => {
    const start = text.indexOf(name);
    const end = start + name.length;
    expect(modern.text.slice(modern.modernOffset(start), modern.modernOffset(end))).toBe(name);
  });
});

import { phoneticKey, slugify } from '../../ingest/transliteration';

describe('phoneticKey brings transliterations together', () => {
  test.each([
    ['Kerenski', 'Kerensky', 'Kerenskij'],
    ['Korniloff', 'Kornilov'],
    ['Tseretelli', 'Tsereteli'],
    ['Krasnoff', 'Krassnov', 'Krasnov'],
    ['Trotski', 'Trotskij', 'Trotsky'],
    ['Miljukoff', 'Milyukov', 'Miliukov'],
    ['Tjernoff', 'Chernov'],
    ['Tjeidse', 'Chkheidze', 'Tsjeidse'],
    ['Sinovjeff', 'Zinoviev'],
    ['Moskva', 'Moscow', 'Moskwa'],
    ['Kief', 'Kiev'],
    ['Smolnij', 'Smolny'],
  ])('%s', (...spellings) => {
    expect(new Set(spellings.map(phoneticKey)).size).toBe(1);
  });

  test.each([
    ['våld', 'Wald'],
    ['Lenin', 'Lenina'],
    ['Dan', 'Don'],
  ])('%s stays apart from %s', (a, b) => {
    expect(phoneticKey(a)).not.toBe(phoneticKey(b));
  });
});

describe('slugify', () => {
  test.each([
    ['Kühlmann', 'kuhlmann'],
    ['Petrograds sovjet', 'petrograds_sovjet'],
    ['Österrike-Ungern', 'osterrike_ungern'],
    ['Peter-Paulsfästningen', 'peter_paulsfastningen'],
  ])('%s → %s', (name, slug) => {
    expect(slugify(name)).toBe(slug);
  });
});

import { inflectionVariants, nameKeys, plainFold, transliterationKey } from '../../graph/name-keys';

describe('transliterationKey brings spellings of one name together', () => {
  test.each([
    ['Kerenski', 'Kerensky'],
    ['Kerenski', 'Kerenskij'],
    ['Tjernov', 'Chernov'],
    ['Tjernov', 'Tschernow'],
    ['Miljukov', 'Milyukov'],
    ['Korniloff', 'Kornilov'],
    ['Tsereteli', 'Tseretelli'],
    ['Trotskij', 'Trotzky'],
    ['Sjljapnikov', 'Shlyapnikov'],
  ])('%s = %s', (a, b) => {
    expect(transliterationKey(a)).toBe(transliterationKey(b));
  });

  test.each([
    ['Lenin', 'Lvov'],
    ['Kerenski', 'Kornilov'],
    ['Petrograd', 'Moskva'],
  ])('%s ≠ %s', (a, b) => {
    expect(transliterationKey(a)).not.toBe(transliterationKey(b));
  });
});

describe('plainFold', () => {
  test.each([
    ['Petrograds  Sovjet!', 'petrograds sovjet'],
    ['Förparlamentet', 'forparlamentet'],
    ['Kühlmann', 'kuhlmann'],
    ['Brest-Litovsk', 'brest litovsk'],
    ['  ', ''],
  ])('%j → %j', (input, expected) => {
    expect(plainFold(input)).toBe(expected);
  });
});

describe('nameKeys', () => {
  test.each([
    [['Kerenski'], ['kerenski']],
    [['Kerensky'], ['kerensky', 'kerenski']],
    [['Kerenski', 'Kerenskis'], ['kerenski', 'kerenskis']],
    [['', '  '], []],
  ])('%j → %j', (forms, expected) => {
    expect(nameKeys(forms)).toEqual(expected);
  });
});

describe('inflectionVariants strips one Swedish ending', () => {
  test.each([
    ['Kerenskis', ['kerenskis', 'kerenski']],
    ['regementet', ['regementet', 'regement']],
    ['bolsjevikernas', ['bolsjevikernas', 'bolsjevik', 'bolsjeviker', 'bolsjevikerna']],
    ['Ufa', ['ufa']],
    ['Lenin', ['lenin']],
  ])('%s → %j', (query, expected) => {
    expect(inflectionVariants(query).sort()).toEqual([...expected].sort());
  });
});

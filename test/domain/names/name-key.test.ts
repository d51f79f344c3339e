import { nameKeys, phoneticKey, plainFold, slugify, transliterationKey } from '../../../domain/names/name-key';

describe('phoneticKey brings transliterations of one word together', () => {
  test.each([
    ['Kerenski', 'Kerensky', 'Kerenskij'],
    ['Korniloff', 'Kornilov'],
    ['Tseretelli', 'Tsereteli'],
    ['Krasnoff', 'Krassnov', 'Krasnov'],
    ['Trotski', 'Trotskij', 'Trotsky', 'Trotzky'],
    ['Miljukoff', 'Milyukov', 'Miliukov', 'Miljukov'],
    ['Tjernoff', 'Chernov', 'Tjernov', 'Tschernow'],
    ['Tjeidse', 'Chkheidze', 'Tsjeidse'],
    ['Sinovjeff', 'Zinoviev'],
    ['Moskva', 'Moscow', 'Moskwa'],
    ['Kief', 'Kiev'],
    ['Smolnij', 'Smolny'],
    ['Sjljapnikov', 'Shlyapnikov'],
  ])('%s', (...spellings) => {
    expect(new Set(spellings.map(phoneticKey)).size).toBe(1);
  });

  test.each([
    ['våld', 'Wald'],
    ['Lenin', 'Lenina'],
    ['Dan', 'Don'],
    ['Lenin', 'Lvov'],
    ['Kerenski', 'Kornilov'],
    ['Petrograd', 'Moskva'],
  ])('%s stays apart from %s', (a, b) => {
    expect(phoneticKey(a)).not.toBe(phoneticKey(b));
  });
});

describe('transliterationKey keys a name word by word', () => {
  test.each([
    ['Kerensky', 'kerenski'],
    ['Kerenskij', 'kerenski'],
    ['Brest-Litovsk', 'brest litovsk'],
    ['Petrograds  Sovjet', 'petrograds soviet'],
    ["Kerensky's", 'kerenski s'],
    ['  ', ''],
  ])('%j → %j', (name, key) => {
    expect(transliterationKey(name)).toBe(key);
  });
});

describe('plainFold', () => {
  test.each([
    ['Petrograds  Sovjet!', 'petrograds sovjet'],
    ['Förparlamentet', 'forparlamentet'],
    ['Kühlmann', 'kuhlmann'],
    ['Brest-Litovsk', 'brest litovsk'],
    ['Straße', 'strasse'],
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

/** The keys a searched name stands for, shared by the graph's search and the page's ranking. */
import { transliterationKey } from '../../../domain/names/name-key';
import { queryKeys } from '../../../domain/names/query-keys';

describe('spellings the page once folded with its own rules share a key', () => {
  test.each([
    ['Trotskij', 'Trotsky'],
    ['Kerenskij', 'Kerensky'],
    ['Tjernoff', 'Chernov'],
    ['Brest-Litowsk', 'Brest Litovsk'],
    ['Tseretelli', 'Tsereteli'],
    ['Kühlmann', 'Kuhlmann'],
  ])('%s and %s', (a, b) => {
    expect(transliterationKey(a)).toBe(transliterationKey(b));
  });
});

describe('queryKeys', () => {
  test.each([
    ['kerenskis', 'kerenski'],
    ['bolsjevikerna', 'bolsjevik'],
    ['lenin', 'lenin'],
    ['Kerensky', 'kerenski'],
  ])('%s stands for %s', (query, key) => {
    expect(queryKeys(query)).toContain(key);
  });

  test('the form as typed comes first', () => {
    expect(queryKeys('Kerenskis')[0]).toBe('kerenskis');
  });
});

import { claimRows, filterRows, sortRows } from '../../client/src/claims-table';
import { toClaimData } from '../../client/src/graph-elements';
import { SMALL_GRAPH } from './fixtures/small-graph';

const names = new Map(SMALL_GRAPH.nodes.map((node) => [node.id, node.name]));
const lookups = { nameOf: (id: string) => names.get(id) ?? id, documentTitle: (id: string) => (id === 'doc1' ? 'Från oktober till Brest-Litovsk' : id) };
const edges = SMALL_GRAPH.edges.map(toClaimData);
const rows = claimRows(edges, lookups, 'old');
const ids = (list: { id: string }[]): string[] => list.map((row) => row.id);

describe('claimRows', () => {
  test('one row per claim, names and document resolved, the date in the chosen style with the other beside it', () => {
    expect(rows).toHaveLength(edges.length);
    expect(rows.find((row) => row.id === 'c5')).toMatchObject({
      date: '25 Oct 1917 OS',
      otherDate: '7 Nov 1917 NS',
      source: 'bolsjevikerna',
      relation: 'arrested',
      target: 'kadetterna',
      document: 'Från oktober till Brest-Litovsk',
      line: 1010,
      confidence: 0.8,
    });
    expect(claimRows(edges, lookups, 'new').find((row) => row.id === 'c5')).toMatchObject({ date: '7 Nov 1917 NS', otherDate: '25 Oct 1917 OS' });
  });

  test('the date basis is said beside the date, and found by the filter', () => {
    const withBasis = claimRows([{ ...edges[4]!, dateBasis: 'section' }], lookups, 'old');
    expect(withBasis[0]).toMatchObject({ date: '25 Oct 1917 OS', dateBasis: 'from the chapter' });
    expect(filterRows(withBasis, 'chapter')).toHaveLength(1);
    expect(rows.find((row) => row.id === 'c5')?.dateBasis).toBe('');
  });

  test.each([
    ['c6', '1917-10 (month)'],
    ['c7', 'undated'],
  ])('%s is dated %s', (id, date) => {
    expect(rows.find((row) => row.id === id)?.date).toBe(date);
  });
});

describe('sortRows', () => {
  test.each([
    ['date', 'ascending', ['c1', 'c2', 'c3', 'c6', 'c4', 'c5', 'c7']],
    ['date', 'descending', ['c5', 'c4', 'c6', 'c3', 'c2', 'c1', 'c7']],
    ['line', 'ascending', ['c7', 'c1', 'c3', 'c2', 'c4', 'c6', 'c5']],
    ['source', 'ascending', ['c5', 'c1', 'c3', 'c6', 'c2', 'c4', 'c7']],
  ] as const)('by %s, %s', (column, direction, expected) => {
    expect(ids(sortRows(rows, column, direction))).toEqual(expected);
  });

  test('does not change the rows it is given', () => {
    const before = ids(rows);
    sortRows(rows, 'line', 'descending');
    expect(ids(rows)).toEqual(before);
  });
});

describe('filterRows', () => {
  test.each([
    ['', ['c1', 'c2', 'c3', 'c4', 'c5', 'c6', 'c7']],
    ['arrested', ['c5']],
    ['KERENSKI supported', ['c2', 'c7']],
    ['anslot', ['c4']],
    ['nov 1917', ['c4', 'c5']],
    ['nobody', []],
  ])('"%s"', (query, expected) => {
    expect(ids(filterRows(rows, query))).toEqual(expected);
  });
});

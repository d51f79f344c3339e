import { cellText, graphHits } from '../../client/src/cypher-results';
import type { CypherResult } from '../../domain/api';

const result = (rows: Record<string, unknown>[]): CypherResult => ({ columns: Object.keys(rows[0] ?? {}), rows, truncated: false, elapsedMs: 1 });
// The shapes graph/driver/values.ts gives the API.
const lenin = { elementId: '4:a:1', labels: ['Entity', 'Person'], properties: { id: 'lenin', name: 'Lenin' } };
const bolsheviks = { elementId: '4:a:2', labels: ['Entity', 'Party'], properties: { id: 'bolsjevikerna', name: 'Bolsjevikerna' } };
const claim = { elementId: '5:a:9', type: 'LED', startElementId: '4:a:1', endElementId: '4:a:2', properties: { id: 'c6' } };
// The graph draws the claim on the edge of its pair and relation type, found through its two entities.
const edge = 'lenin|LED|bolsjevikerna';

describe('graphHits', () => {
  test.each([
    ['a node', [{ n: lenin }], ['lenin'], []],
    ['a relationship without its entities', [{ r: claim }], [], []],
    ['a relationship with its entities', [{ a: lenin, r: claim, b: bolsheviks }], ['lenin', 'bolsjevikerna'], [edge]],
    ['scalars only', [{ name: 'Lenin', count: 3 }], [], []],
    ['lists', [{ xs: [lenin, claim, bolsheviks] }], ['lenin', 'bolsjevikerna'], [edge]],
    ['a path', [{ p: { nodes: [lenin, bolsheviks], relationships: [claim] } }], ['lenin', 'bolsjevikerna'], [edge]],
    ['duplicates once', [{ a: lenin }, { a: lenin }], ['lenin'], []],
    ['nodes without our id are skipped', [{ n: { labels: ['Document'], properties: { title: 'x' } } }], [], []],
  ])('%s', (_name, rows, nodeIds, edgeIds) => {
    expect(graphHits(result(rows))).toEqual({ nodeIds, edgeIds });
  });
});

describe('cellText', () => {
  test.each([
    [null, ''],
    [3, '3'],
    ['Lenin', 'Lenin'],
    [lenin, '(Lenin :Entity:Person)'],
    [claim, '[:LED]'],
    [{ ...claim, properties: { id: 'c7', date: '1917-10-25', dateGregorian: '1917-11-07', calendar: 'julian' } }, '[:LED, 25 Oct 1917 OS = 7 Nov 1917 NS]'],
    [{ ...claim, properties: { id: 'c8', date: '1917-10', dateGregorian: '1917-10', calendar: 'julian' } }, '[:LED, 1917-10 (Old Style, month only)]'],
    [[1, 2], '[1,2]'],
  ])('%p → %p', (value, text) => {
    expect(cellText(value)).toBe(text);
  });
});

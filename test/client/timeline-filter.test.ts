import { gregorianToJdn } from '../../domain/dates/calendar';
import { initialFilter } from '../../client/src/filter-defaults';
import type { ViewFilter } from '../../client/src/timeline-filter';
import { applyFilter, claimInWindow, claimSpan, edgeInWindow, edgePasses } from '../../client/src/timeline-filter';
import type { EntityType, RelationType } from '../../domain/types';
import { edgeIds, headlessGraph, shownIds } from './support/headless';

const day = (iso: string): number => {
  const [year, month, date] = iso.split('-').map(Number) as [number, number, number];
  return gregorianToJdn({ year, month, day: date });
};

function filterWith(change: Partial<ViewFilter>): ViewFilter {
  return { ...initialFilter(1), ...change };
}

describe('claimInWindow', () => {
  test.each([
    ['inside', { startDay: 5, endDay: 5 }, { start: 1, end: 9 }, false, true],
    ['on the start', { startDay: 1, endDay: 1 }, { start: 1, end: 9 }, false, true],
    ['on the end', { startDay: 9, endDay: 9 }, { start: 1, end: 9 }, false, true],
    ['before', { startDay: 0, endDay: 0 }, { start: 1, end: 9 }, false, false],
    ['after', { startDay: 10, endDay: 10 }, { start: 1, end: 9 }, false, false],
    ['a month overlapping the window', { startDay: -20, endDay: 2 }, { start: 1, end: 9 }, false, true],
    ['undated, excluded', { startDay: null, endDay: null }, { start: 1, end: 9 }, false, false],
    ['undated, included', { startDay: null, endDay: null }, { start: 1, end: 9 }, true, true],
    ['undated, no window', { startDay: null, endDay: null }, null, false, true],
  ])('%s', (_name, claim, window, includeUndated, expected) => {
    expect(claimInWindow(claim, window, includeUndated)).toBe(expected);
  });
});

describe('edgeInWindow: an edge stands for claims spread over its span', () => {
  test.each([
    ['its span overlaps the window', { startDay: 0, endDay: 20, undated: 0 }, { start: 5, end: 6 }, false, true],
    ['its span ends before the window', { startDay: 0, endDay: 4, undated: 0 }, { start: 5, end: 6 }, false, false],
    ['outside, but with undated claims kept', { startDay: 0, endDay: 4, undated: 2 }, { start: 5, end: 6 }, true, true],
    ['outside, with undated claims left out', { startDay: 0, endDay: 4, undated: 2 }, { start: 5, end: 6 }, false, false],
    ['only undated claims, kept', { startDay: null, endDay: null, undated: 1 }, { start: 5, end: 6 }, true, true],
    ['only undated claims, no window', { startDay: null, endDay: null, undated: 1 }, null, false, true],
  ])('%s', (_name, edge, window, includeUndated, expected) => {
    expect(edgeInWindow(edge, window, includeUndated)).toBe(expected);
  });

  test('a document filter keeps an edge when one of its documents is chosen', () => {
    const edge = { type: 'OPPOSED' as const, startDay: 1, endDay: 2, undated: 0, documentIds: ['a', 'b'] };
    expect(edgePasses(edge, filterWith({ documents: new Set(['b']) }))).toBe(true);
    expect(edgePasses(edge, filterWith({ documents: new Set(['c']) }))).toBe(false);
  });
});

describe('applyFilter on a headless graph', () => {
  test.each([
    ['all time', filterWith({}), ['c1', 'c2', 'c3', 'c4', 'c5', 'c6', 'c7']],
    ['summer 1917 (NS), undated kept', filterWith({ window: { start: day('1917-07-01'), end: day('1917-09-05') } }), ['c1', 'c2', 'c7']],
    [
      'summer 1917 (NS), undated dropped',
      filterWith({ window: { start: day('1917-07-01'), end: day('1917-09-05') }, includeUndated: false }),
      ['c1', 'c2'],
    ],
    [
      'the October days: the month-precision claim overlaps',
      filterWith({ window: { start: day('1917-11-01'), end: day('1917-11-10') }, includeUndated: false }),
      ['c4', 'c5', 'c6'],
    ],
    ['relation types', filterWith({ relationTypes: new Set<RelationType>(['OPPOSED']) }), ['c1', 'c3']],
    ['entity types drop claims to hidden ends', filterWith({ entityTypes: new Set<EntityType>(['Person', 'Party']) }), ['c1', 'c3', 'c5', 'c6', 'c7']],
    ['minimum mentions', filterWith({ minMentions: 10 }), ['c1', 'c2', 'c4', 'c6']],
  ])('%s', (_name, filter, expectedEdges) => {
    const cy = headlessGraph();
    const summary = applyFilter(cy, filter);
    expect(shownIds(cy, 'edges')).toEqual(edgeIds(expectedEdges));
    expect(summary.visibleEdges).toBe(expectedEdges.length);
    expect(cy.edges(':visible').length).toBe(expectedEdges.length);
  });

  test('entities with no claim in the window are faded, not hidden', () => {
    const cy = headlessGraph();
    const summary = applyFilter(cy, filterWith({ window: { start: day('1917-07-01'), end: day('1917-07-31') }, includeUndated: false }));
    expect(shownIds(cy, 'edges')).toEqual(edgeIds(['c1']));
    expect(cy.getElementById('kornilov').hasClass('faded')).toBe(true);
    expect(cy.getElementById('kornilov').hasClass('hidden')).toBe(false);
    expect(cy.getElementById('kerenski').hasClass('faded')).toBe(false);
    expect(summary.fadedNodes).toBe(summary.visibleNodes - 2);
  });

  test('entities without any claim are hidden unless asked for', () => {
    const cy = headlessGraph();
    applyFilter(cy, filterWith({}));
    expect(cy.getElementById('smolnyj').hasClass('hidden')).toBe(true);
    applyFilter(cy, filterWith({ showIsolated: true }));
    expect(cy.getElementById('smolnyj').hasClass('hidden')).toBe(false);
    expect(cy.getElementById('smolnyj').hasClass('faded')).toBe(true);
  });

  test('moving the window never moves an entity', () => {
    const cy = headlessGraph();
    cy.nodes().forEach((node, index) => {
      node.position({ x: index * 10, y: index * 3 });
    });
    const before = cy.nodes().map((node) => ({ ...node.position() }));
    applyFilter(cy, filterWith({ window: { start: day('1917-08-01'), end: day('1917-08-31') } }));
    expect(cy.nodes().map((node) => ({ ...node.position() }))).toEqual(before);
  });
});

describe('claimSpan', () => {
  test.each([
    ['several', [{ startDay: 3, endDay: 4 }, { startDay: 1, endDay: 1 }, { startDay: null, endDay: null }], { start: 1, end: 4 }],
    ['none dated', [{ startDay: null, endDay: null }], null],
    ['empty', [], null],
  ])('%s', (_name, claims, expected) => {
    expect(claimSpan(claims)).toEqual(expected);
  });
});

import { egoNetwork, shortestPath, showFocus } from '../../client/src/focus-views';
import { initialFilter } from '../../client/src/filter-defaults';
import { applyFilter } from '../../client/src/timeline-filter';
import type { RelationType } from '../../domain/types';
import { edgeIds, headlessGraph } from './support/headless';

const ids = (collection: { map: (f: (e: { id(): string }) => string) => string[] }): string[] => collection.map((element) => element.id()).sort();

describe('egoNetwork', () => {
  test.each([
    ['depth 1', 1 as const, ['bolsjevikerna', 'kerenski', 'kornilov', 'petrograds_garnison', 'tseretelli'], ['c1', 'c2', 'c3', 'c4', 'c7']],
    ['depth 2', 2 as const, ['bolsjevikerna', 'kadetterna', 'kerenski', 'kornilov', 'lenin', 'petrograds_garnison', 'tseretelli'], ['c1', 'c2', 'c3', 'c4', 'c5', 'c6', 'c7']],
  ])('%s around Kerenski', (_name, depth, nodes, edges) => {
    const cy = headlessGraph();
    applyFilter(cy, initialFilter(1));
    const ego = egoNetwork(cy, 'kerenski', depth);
    expect(ids(ego.nodes())).toEqual(nodes);
    expect(ids(ego.edges())).toEqual(edgeIds(edges));
  });

  test('follows visible claims only', () => {
    const cy = headlessGraph();
    applyFilter(cy, { ...initialFilter(1), relationTypes: new Set<RelationType>(['OPPOSED']) });
    expect(ids(egoNetwork(cy, 'kerenski', 1).nodes())).toEqual(['bolsjevikerna', 'kerenski', 'kornilov']);
  });
});

describe('shortestPath', () => {
  test.each([
    ['Kornilov to Lenin, against claim direction', 'kornilov', 'lenin', 3],
    ['to itself', 'lenin', 'lenin', 0],
  ])('%s', (_name, from, to, claims) => {
    const cy = headlessGraph();
    applyFilter(cy, initialFilter(1));
    expect(shortestPath(cy, from, to)?.edges().length).toBe(claims);
  });

  test('none through hidden claims, none to unknown entities', () => {
    const cy = headlessGraph();
    applyFilter(cy, { ...initialFilter(1), relationTypes: new Set<RelationType>(['OPPOSED']) });
    expect(shortestPath(cy, 'kornilov', 'lenin')).toBeNull();
    expect(shortestPath(cy, 'kornilov', 'napoleon')).toBeNull();
  });
});

describe('showFocus', () => {
  test('dims the rest and clears completely', () => {
    const cy = headlessGraph();
    applyFilter(cy, initialFilter(1));
    showFocus(cy, egoNetwork(cy, 'lenin', 1));
    expect(ids(cy.elements('.highlighted'))).toEqual(['bolsjevikerna', ...edgeIds(['c6']), 'lenin'].sort());
    expect(cy.getElementById('kerenski').hasClass('dimmed')).toBe(true);
    showFocus(cy, null);
    expect(cy.elements('.dimmed, .highlighted').length).toBe(0);
  });
});

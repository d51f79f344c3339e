import { gregorianToJdn } from '../../domain/dates/calendar';
import { initialFilter } from '../../client/src/filter-defaults';
import type { PageSnapshot } from '../../client/src/page-state';
import { createPageStore } from '../../client/src/page-state';
import { edgeIds, headlessGraph, shownIds } from './support/headless';

describe('createPageStore', () => {
  test('applies the initial state and every update, and tells listeners', () => {
    const cy = headlessGraph();
    const store = createPageStore(cy, { filter: initialFilter(1), dateStyle: 'old', sideColouring: false });
    const seen: PageSnapshot[] = [];
    store.subscribe((snapshot) => seen.push(snapshot));
    expect(store.get().summary.visibleEdges).toBe(7);

    store.update({ filter: { window: { start: gregorianToJdn({ year: 1917, month: 11, day: 1 }), end: gregorianToJdn({ year: 1917, month: 11, day: 30 }) }, includeUndated: false } });
    expect(shownIds(cy, 'edges')).toEqual(edgeIds(['c4', 'c5', 'c6']));
    expect(store.get().state.filter.minMentions).toBe(1);

    store.update({ sideColouring: true });
    const blocOf = store.get().blocs?.partition.blocOf;
    expect(blocOf?.get('petrograds_garnison')).toBe(blocOf?.get('bolsjevikerna'));
    expect(blocOf?.get('kadetterna')).not.toBe(blocOf?.get('bolsjevikerna'));
    expect(cy.getElementById('petrograds_garnison').hasClass('sided')).toBe(true);
    expect(cy.getElementById('petrograds_garnison').data('blocColour')).toBe(cy.getElementById('lenin').data('blocColour'));

    store.update({ sideColouring: false, dateStyle: 'new' });
    expect(store.get().blocs).toBeNull();
    expect(cy.nodes('.sided').length).toBe(0);
    expect(seen.map((snapshot) => snapshot.summary.visibleEdges)).toEqual([7, 3, 3, 3]);
    expect(seen.at(-1)?.state.dateStyle).toBe('new');
  });

  test('blocs use only claims that pass the filters', () => {
    const cy = headlessGraph();
    const store = createPageStore(cy, { filter: { ...initialFilter(1), relationTypes: new Set(['SUPPORTED']) }, dateStyle: 'old', sideColouring: true });
    const blocOf = store.get().blocs?.partition.blocOf;
    expect(blocOf?.get('petrograds_garnison')).toBe(blocOf?.get('kerenski'));
    expect(blocOf?.has('bolsjevikerna')).toBe(false);
  });
});

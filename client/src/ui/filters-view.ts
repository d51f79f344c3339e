/**
 * The filter column: entity types, relation types (each with its colour, doubling as the legend),
 * minimum mentions, undated and unconnected entities. The legend of blocs is ui/bloc-legend.ts.
 */
import type { EntityType, RelationType } from '../../../domain/types';
import { ENTITY_TYPES, RELATION_TYPES } from '../../../domain/types';
import { ENTITY_COLOURS, RELATION_COLOURS, RELATION_LABELS } from '../palette';
import type { PageStore } from '../page-state';
import { el } from './dom';

function toggled<T>(set: ReadonlySet<T>, value: T, on: boolean): Set<T> {
  const next = new Set(set);
  if (on) next.add(value);
  else next.delete(value);
  return next;
}

function checkbox(checked: boolean, text: string, colour: string | null, onChange: (on: boolean) => void): HTMLLabelElement {
  const box = el('input', { type: 'checkbox', checked });
  box.addEventListener('change', () => onChange(box.checked));
  return el('label', {}, box, colour ? el('span', { class: 'swatch', style: `background:${colour}` }) : null, text);
}

/**
 * @example mountFilters(byId('filters'), store)
 */
export function mountFilters(container: HTMLElement, store: PageStore): void {
  const { filter } = store.get().state;
  const entityBoxes = ENTITY_TYPES.map((type: EntityType) =>
    checkbox(filter.entityTypes.has(type), type, ENTITY_COLOURS[type], (on) =>
      store.update({ filter: { entityTypes: toggled(store.get().state.filter.entityTypes, type, on) } }),
    ),
  );
  const relationBoxes = RELATION_TYPES.map((type: RelationType) =>
    checkbox(filter.relationTypes.has(type), RELATION_LABELS[type], RELATION_COLOURS[type], (on) =>
      store.update({ filter: { relationTypes: toggled(store.get().state.filter.relationTypes, type, on) } }),
    ),
  );
  const minMentions = el('input', { type: 'number', min: 1, step: 1, value: filter.minMentions, 'data-testid': 'min-mentions', style: 'width:5em' });
  minMentions.addEventListener('change', () => {
    const value = Math.max(1, Math.floor(Number(minMentions.value) || 1));
    minMentions.value = String(value);
    store.update({ filter: { minMentions: value } });
  });
  const undated = checkbox(filter.includeUndated, 'Keep undated claims in a time window', null, (on) =>
    store.update({ filter: { includeUndated: on } }),
  );
  const isolated = checkbox(filter.showIsolated, 'Show entities without claims', null, (on) => store.update({ filter: { showIsolated: on } }));
  container.replaceChildren(
    el('fieldset', {}, el('legend', {}, 'Entities'), ...entityBoxes),
    el('fieldset', {}, el('legend', {}, 'Claims'), ...relationBoxes),
    el('fieldset', {}, el('legend', {}, 'Minimum mentions'), el('label', {}, minMentions, 'mentions or more')),
    el('fieldset', {}, el('legend', {}, 'Also'), undated, isolated),
  );
}

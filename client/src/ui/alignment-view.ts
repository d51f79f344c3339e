/**
 * The alignment view: chosen entities as lanes over the months of the corpus, each month's cell ringed in
 * the colour of the bloc the entity was in then (blank when no claim places it), with the bloc's anchor and
 * the claims that placed it in the cell's tooltip. Lanes open on the entities with most signed claims;
 * more are added by name and removed with ×.
 */
import type { GraphNode } from '../../../domain/api';
import type { AlignmentClaim, AlignmentLane, AlignmentMonth } from '../alignment';
import { alignmentLanes, alignmentMonths, busiestEntities, TRAILING_MONTHS } from '../alignment';
import type { ApiClient } from '../api-client';
import type { AnchorRanking } from '../bloc-colours';
import type { DateStyle } from '../../../domain/dates/styles';
import { claimSpan } from '../timeline-filter';
import { RELATION_LABELS } from '../palette';
import { el } from './dom';
import { mountSearch } from './search-view';

/** Lanes the view opens with. */
const DEFAULT_LANES = 8;

export interface AlignmentContext {
  claims: readonly AlignmentClaim[];
  ranking: AnchorRanking;
  nodes: readonly GraphNode[];
  api: ApiClient;
  nameOf: (id: string) => string;
  dateStyle: () => DateStyle;
}

export interface AlignmentView {
  element: HTMLElement;
  refresh(): void;
  add(entity: string): void;
}

function cellTitle(lane: AlignmentLane, index: number, month: AlignmentMonth, nameOf: (id: string) => string): string {
  const cell = lane.cells[index]!;
  const who = nameOf(lane.entity);
  if (!cell.anchor) return `${month.label}: no claim of this or the ${TRAILING_MONTHS - 1} months before places ${who}`;
  const reasons = cell.placedBy.map((claim) =>
    claim.source === lane.entity ? `${RELATION_LABELS[claim.type]} ${nameOf(claim.target)}` : `${nameOf(claim.source)} ${RELATION_LABELS[claim.type]} it`,
  );
  return `${month.label}: ${who} in the bloc of ${nameOf(cell.anchor)}; placed by: ${reasons.join('; ')}`;
}

/**
 * @example const alignment = mountAlignment({ claims, ranking, nodes, api, nameOf, dateStyle }); drawerPanel.append(alignment.element);
 */
export function mountAlignment(context: AlignmentContext): AlignmentView {
  const span = claimSpan(context.claims);
  const entities = busiestEntities(context.claims, DEFAULT_LANES);
  const grid = el('div', { class: 'alignment-grid', role: 'table', 'aria-label': 'Blocs of the chosen entities by month' });
  const input = el('input', { type: 'search', placeholder: 'Add a lane…', 'aria-label': 'Add an entity to the alignment', role: 'combobox', 'aria-expanded': 'false', 'aria-controls': 'alignment-suggestions' });
  const list = el('ul', { id: 'alignment-suggestions', role: 'listbox', hidden: true });
  const view: AlignmentView = {
    element: el('div', { class: 'alignment-view', 'data-testid': 'alignment' },
      el('div', { class: 'table-tools' }, el('div', { class: 'search' }, input, list),
        el('span', { class: 'meta' }, `Each month: the blocs of its claims and the ${TRAILING_MONTHS - 1} months before; colours as the rings in the graph.`)),
      el('div', { class: 'table-scroll' }, grid)),
    refresh: () => {
      if (!span) {
        grid.replaceChildren(el('p', { class: 'meta' }, 'No claim is dated, so there are no months to align.'));
        return;
      }
      const months = alignmentMonths(span, context.dateStyle());
      const lanes = alignmentLanes(entities, context.claims, context.ranking, months);
      grid.style.gridTemplateColumns = `minmax(140px, max-content) repeat(${months.length}, minmax(34px, 1fr))`;
      const header = el('div', { role: 'row', class: 'row' }, el('div', { role: 'columnheader', class: 'lane-name' }, 'Entity'), ...months.map((month) => el('div', { role: 'columnheader', class: 'month' }, month.label)));
      const rows = lanes.map((lane) => {
        const remove = el('button', { type: 'button', class: 'link', 'aria-label': `Remove ${context.nameOf(lane.entity)} from the alignment` }, '×');
        remove.addEventListener('click', () => {
          entities.splice(entities.indexOf(lane.entity), 1);
          view.refresh();
        });
        return el('div', { role: 'row', class: 'row', 'data-lane': lane.entity },
          el('div', { role: 'rowheader', class: 'lane-name' }, context.nameOf(lane.entity), ' ', remove),
          ...lane.cells.map((cell, index) =>
            el('div', {
              role: 'cell',
              class: cell.colour ? 'cell placed' : 'cell',
              'data-lane': lane.entity,
              'data-month': months[index]!.label,
              'data-anchor': cell.anchor ?? '',
              style: cell.colour ? `border-color:${cell.colour};background:${cell.colour}22` : '',
              title: cellTitle(lane, index, months[index]!, context.nameOf),
            }, cell.anchor ? context.nameOf(cell.anchor).slice(0, 3) : ''),
          ),
        );
      });
      grid.replaceChildren(header, ...rows);
    },
    add: (entity) => {
      if (!entities.includes(entity)) entities.push(entity);
      view.refresh();
    },
  };
  mountSearch(input, list, { nodes: context.nodes, api: context.api, onChoose: (node) => {
    input.value = '';
    view.add(node.id);
  } });
  return view;
}

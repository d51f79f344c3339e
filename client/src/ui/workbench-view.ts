/**
 * The drawer's views, wired to the page: the claims table follows every change of filters, time window,
 * calendar style and focus view (Cytoscape's class changes, gathered into one refresh per frame); the
 * alignment lanes cover all the corpus's months and follow the calendar style.
 */
import type { Core } from 'cytoscape';
import type { GraphNode } from '../../../domain/api';
import { blocRanking } from '../alignment';
import type { EdgeData } from '../graph-elements';
import { pageExport } from '../page-export';
import type { PageStore } from '../page-state';
import { mountAlignment } from './alignment-view';
import { mountClaimsTable } from './claims-table-view';
import { byId, download, el } from './dom';
import { mountDrawer } from './drawer-view';
import type { FocusContext } from './focus-controls';
import type { ViewClaims } from '../view-claims';

/** What the drawer's views need from the page: the same as the focus controls'. */
export type WorkbenchContext = Pick<FocusContext, 'nodes' | 'api' | 'nameOf' | 'documentTitle' | 'onClaim'> & {
  /** The claims behind the drawn edges, for the claims table. */
  claims: ViewClaims;
};

/**
 * @example mountWorkbench(cy, store, { nameOf, documentTitle, onClaim })
 */
export interface Workbench {
  /** Adds an entity's lane to the alignment view and opens it. */
  addToAlignment(entity: string): void;
}

export function mountWorkbench(cy: Core, store: PageStore, context: WorkbenchContext): Workbench {
  const table = mountClaimsTable(cy, {
    ...context,
    dateStyle: () => store.get().state.dateStyle,
    filter: () => store.get().state.filter,
    exportCsv: (view) => {
      const file = pageExport('csv', view);
      download('allegiance-claims.csv', file.text, file.type);
    },
  });
  // Blocs and lanes read the drawn edges: each pair and relation type counts once, placed over its claims' span.
  const claims = cy.edges().map((edge) => edge.data() as EdgeData);
  const alignment = mountAlignment({ ...context, claims, ranking: blocRanking(claims), dateStyle: () => store.get().state.dateStyle });
  const drawer = mountDrawer(byId('drawer'), byId('drawer-toggles'), [
    { id: 'claims', label: 'Claims table', content: table.element, onShow: table.refresh },
    { id: 'alignment', label: 'Alignment', content: alignment.element, onShow: alignment.refresh },
  ], () => cy.resize());
  let pending = false;
  const refreshSoon = (): void => {
    if (pending || drawer.current() === null) return;
    pending = true;
    requestAnimationFrame(() => {
      pending = false;
      if (drawer.current() === 'claims') table.refresh();
    });
  };
  store.subscribe(refreshSoon);
  cy.on('class', refreshSoon);
  let style = store.get().state.dateStyle;
  store.subscribe(({ state }) => {
    if (state.dateStyle === style) return;
    style = state.dateStyle;
    if (drawer.current() === 'alignment') alignment.refresh();
  });
  return { addToAlignment: (entity) => {
    alignment.add(entity);
    drawer.open('alignment');
  } };
}

/** The entity panel's "Alignment lane" button. */
export function alignmentButton(node: GraphNode, add: (entity: string) => void): HTMLButtonElement {
  const button = el('button', { type: 'button', title: `Show ${node.name}'s blocs month by month` }, 'Alignment lane');
  button.addEventListener('click', () => add(node.id));
  return button;
}

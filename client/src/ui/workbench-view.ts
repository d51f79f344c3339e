/**
 * The drawer's views, wired to the page: the claims table follows every change of filters, time window,
 * calendar style and focus view (Cytoscape's class changes, gathered into one refresh per frame).
 */
import type { Core } from 'cytoscape';
import type { PageStore } from '../page-state';
import { claimsCsv, CSV_CONTENT_TYPE } from '../../../domain/formats/csv';
import { mountClaimsTable } from './claims-table-view';
import { byId, download } from './dom';
import { mountDrawer } from './drawer-view';

export interface WorkbenchContext {
  nameOf: (id: string) => string;
  documentTitle: (id: string) => string;
  onClaim: (edgeId: string) => void;
}

/**
 * @example mountWorkbench(cy, store, { nameOf, documentTitle, onClaim })
 */
export function mountWorkbench(cy: Core, store: PageStore, context: WorkbenchContext): void {
  const table = mountClaimsTable(cy, {
    ...context,
    dateStyle: () => store.get().state.dateStyle,
    exportCsv: (view) => download('allegiance-claims.csv', claimsCsv(view), CSV_CONTENT_TYPE),
  });
  const drawer = mountDrawer(byId('drawer'), byId('views'), [{ id: 'claims', label: 'Claims table', content: table.element, onShow: table.refresh }]);
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
}

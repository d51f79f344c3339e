/**
 * The drawer under the graph: tabs for the views that list what the graph draws (the claims table, the
 * alignment lanes). Closed by default, so the graph keeps the room; a tab's content is only rendered
 * while it is open, since building a table of thousands of rows on every slider step would stall it.
 */
import { el } from './dom';

export interface DrawerTab {
  id: string;
  label: string;
  content: HTMLElement;
  /** Called whenever the tab becomes visible. */
  onShow: () => void;
}

export interface Drawer {
  /** The tab shown now, or null when the drawer is closed. */
  current(): string | null;
  open(id: string): void;
  close(): void;
}

/**
 * @example const drawer = mountDrawer(byId('drawer'), byId('views'), [{ id: 'claims', label: 'Claims table', content, onShow }], () => cy.resize())
 */
export function mountDrawer(container: HTMLElement, toolbar: HTMLElement, tabs: readonly DrawerTab[], onToggle: () => void): Drawer {
  let shown: string | null = null;
  const toggles = new Map<string, HTMLButtonElement>();
  const close = el('button', { type: 'button', 'aria-label': 'Close the drawer', class: 'drawer-close' }, '×');
  const tablist = el('div', { role: 'tablist', class: 'drawer-tabs' });
  const panels = tabs.map((tab) => el('div', { role: 'tabpanel', id: `drawer-${tab.id}`, 'aria-label': tab.label, hidden: true, class: 'drawer-panel' }, tab.content));
  const apply = (): void => {
    container.hidden = shown === null;
    tabs.forEach((tab, index) => {
      const active = tab.id === shown;
      (panels[index] as HTMLElement).hidden = !active;
      toggles.get(tab.id)?.setAttribute('aria-pressed', String(active));
      tablist.querySelector(`[data-tab="${tab.id}"]`)?.setAttribute('aria-selected', String(active));
      if (active) tab.onShow();
    });
    document.body.dataset.drawer = shown ?? '';
    onToggle();
  };
  const drawer: Drawer = {
    current: () => shown,
    open: (id) => {
      shown = id;
      apply();
    },
    close: () => {
      shown = null;
      apply();
    },
  };
  for (const tab of tabs) {
    const tabButton = el('button', { type: 'button', role: 'tab', 'data-tab': tab.id, 'aria-controls': `drawer-${tab.id}`, 'aria-selected': 'false' }, tab.label);
    tabButton.addEventListener('click', () => drawer.open(tab.id));
    tablist.append(tabButton);
    const toggle = el('button', { type: 'button', 'aria-pressed': 'false', 'data-testid': `open-${tab.id}` }, tab.label);
    toggle.addEventListener('click', () => (shown === tab.id ? drawer.close() : drawer.open(tab.id)));
    toggles.set(tab.id, toggle);
    toolbar.append(toggle);
  }
  close.addEventListener('click', () => drawer.close());
  container.replaceChildren(el('div', { class: 'drawer-head' }, tablist, close), ...panels);
  container.hidden = true;
  return drawer;
}

/**
 * The page's one piece of mutable state and the single place it is applied to the graph. Controls call
 * `update` with what changed; the store re-applies filters and side colouring in one pass and tells every
 * listener, so the timeline, counts and legends never disagree with the graph.
 */
import type { Core } from 'cytoscape';
import type { DateStyle } from '../../domain/dates/styles';
import type { EdgeData, NodeData } from './graph-elements';
import type { SideAssignment } from './side-colouring';
import { applySides, assignSides } from './side-colouring';
import type { FilterSummary, ViewFilter } from './timeline-filter';
import { applyFilter } from './timeline-filter';

export interface PageState {
  filter: ViewFilter;
  dateStyle: DateStyle;
  /** Whether Persons and Regiments are coloured by their side instead of their type. */
  sideColouring: boolean;
}

export interface PageSnapshot {
  state: PageState;
  summary: FilterSummary;
  sides: SideAssignment | null;
}

export type Listener = (snapshot: PageSnapshot) => void;

/** A change to the state: any top-level field, and any subset of the filter's fields. */
export type PageChange = Partial<Omit<PageState, 'filter'>> & { filter?: Partial<ViewFilter> };

export interface PageStore {
  get(): PageSnapshot;
  update(change: PageChange): void;
  subscribe(listener: Listener): void;
}

/**
 * @example const store = createPageStore(cy, initialState); store.update({ filter: { window: { start, end } } });
 */
export function createPageStore(cy: Core, initial: PageState): PageStore {
  const listeners: Listener[] = [];
  const nodes = cy.nodes().map((node) => node.data() as NodeData);
  const claims = cy.edges().map((edge) => edge.data() as EdgeData);
  const apply = (state: PageState): PageSnapshot => {
    const summary = applyFilter(cy, state.filter);
    const visibleClaims = claims.filter((claim) => !cy.getElementById(claim.id).hasClass('hidden'));
    const sides = state.sideColouring ? assignSides(nodes, visibleClaims, state.filter.window) : null;
    applySides(cy, sides);
    return { state, summary, sides };
  };
  let snapshot = apply(initial);
  return {
    get: () => snapshot,
    update: (change) => {
      const state: PageState = { ...snapshot.state, ...change, filter: { ...snapshot.state.filter, ...change.filter } };
      snapshot = apply(state);
      listeners.forEach((listener) => listener(snapshot));
    },
    subscribe: (listener) => {
      listeners.push(listener);
      listener(snapshot);
    },
  };
}

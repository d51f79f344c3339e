/**
 * The page's one piece of mutable state and the single place it is applied to the graph. Controls call
 * `update` with what changed; the store re-applies filters and the blocs in one pass and tells every
 * listener, so the timeline, counts and legends never disagree with the graph.
 */
import type { Core } from 'cytoscape';
import type { DateStyle } from '../../domain/dates/styles';
import type { EdgeData } from './graph-elements';
import type { BlocView } from './bloc-styling';
import { applyBlocs, windowBlocs } from './bloc-styling';
import { blocRanking } from './alignment';
import type { AnchorRanking } from './bloc-colours';
import type { FilterSummary, ViewFilter } from './timeline-filter';
import { applyFilter } from './timeline-filter';

export interface PageState {
  filter: ViewFilter;
  dateStyle: DateStyle;
  /** Whether entities are ringed by the bloc the window's signed claims put them in. */
  sideColouring: boolean;
}

export interface PageSnapshot {
  state: PageState;
  summary: FilterSummary;
  /** The blocs of the shown claims, when side colouring is on. */
  blocs: BlocView | null;
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
  const claims = cy.edges().map((edge) => edge.data() as EdgeData);
  let ranking: AnchorRanking | null = null;
  const apply = (state: PageState): PageSnapshot => {
    const summary = applyFilter(cy, state.filter);
    let blocs: BlocView | null = null;
    if (state.sideColouring) {
      ranking ??= blocRanking(claims);
      blocs = windowBlocs(ranking, claims.filter((claim) => !cy.getElementById(claim.id).hasClass('hidden')));
    }
    applyBlocs(cy, blocs);
    return { state, summary, blocs };
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

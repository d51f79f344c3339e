/**
 * The page's entry point: loads the graph, lays it out once, and wires the controls to one page store.
 * Everything that can be computed without a browser lives in the modules beside this one; this file only
 * composes them, so it is the one part tested by the end-to-end test rather than by unit tests.
 */
import cytoscape from 'cytoscape';
import type { Core } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { GraphNode, GraphSelection } from '../../domain/api';
import { createApiClient } from './api-client';
import { createCurationApi } from './curation/curation-api';
import { mountCuration } from './curation/mount-curation';
import { mountSession } from './curation/session-view';
import { defaultMinMentions, initialFilter } from './filter-defaults';
import type { DrawnView, EdgeData, NodeData } from './graph-elements';
import { toElements } from './graph-elements';
import { layoutOnce } from './graph-layout';
import { graphStyle } from './graph-style';
import { createPageStore } from './page-state';
import { claimSpan } from './timeline-filter';
import { mountBlocLegend } from './ui/bloc-legend';
import { mountCounts } from './ui/counts-view';
import { mountExpand } from './ui/expand-view';
import { createDetailsView } from './ui/details-view';
import { mountDocuments, mountFirstUpload } from './ui/documents-panel';
import { byId } from './ui/dom';
import { mountExports } from './ui/export-view';
import { mountFilters } from './ui/filters-view';
import { mountFocusControls } from './ui/focus-controls';
import { bindGraphKeys } from './ui/graph-keys';
import { mountGraphTooltip } from './ui/graph-tooltip';
import { loadIsolatedOnRequest } from './ui/isolated-entities';
import { keepNeighboursInView } from './ui/keep-neighbours';
import { mountNodeFocus } from './ui/node-focus';
import { alignmentButton, mountWorkbench } from './ui/workbench-view';
import { mountPanelToggles } from './ui/panel-toggles';
import { mountQueryPanel } from './ui/query-view';
import { mountSearch } from './ui/search-view';
import { createStatusView } from './ui/status-view';
import { createViewClaims } from './view-claims';
import { mountTimeline } from './ui/timeline-view';
import { mountZoomLabels } from './ui/zoom-labels';

declare global {
  interface Window {
    cy?: Core;
    /** Milliseconds from navigation start to the first drawn frame of the full graph. */
    allegianceFirstRenderMs?: number;
  }
}

cytoscape.use(fcose);

function createGraph(container: HTMLElement, view: DrawnView): Core {
  return cytoscape({
    container,
    elements: toElements(view),
    style: graphStyle(),
    layout: { name: 'preset' },
    minZoom: 0.05,
    maxZoom: 5,
    renderer: { name: 'canvas' },
    hideEdgesOnViewport: view.edges.length > 3000,
    textureOnViewport: false,
  } as cytoscape.CytoscapeOptions);
}

function visibleElements(cy: Core): cytoscape.CollectionReturnValue {
  return cy.elements().filter((element) => !element.hasClass('hidden'));
}

async function start(): Promise<void> {
  const status = createStatusView(byId('status'));
  const counts = byId('counts');
  const api = createApiClient(window.fetch.bind(window));
  status.loading('Loading the graph…');
  let view: GraphSelection;
  try {
    view = await api.graph();
  } catch (error) {
    status.error(`The graph could not be loaded: ${error instanceof Error ? error.message : String(error)}`);
    return;
  }
  if (view.nodes.length === 0) {
    status.empty('The graph is empty: no document has been ingested yet. Upload one.');
    mountFirstUpload(api);
    // With sign-in required, an upload needs a signed-in editor even on an empty graph.
    await mountSession(byId('session'), createCurationApi(window.fetch.bind(window)));
    return;
  }
  status.loading('Laying out the graph…');
  const cy = createGraph(byId('cy'), view);
  window.cy = cy;
  await layoutOnce(cy);

  const nodes: GraphNode[] = cy.nodes().map((node) => node.data() as NodeData);
  const edges = cy.edges().map((edge) => edge.data() as EdgeData);
  // The claims behind the edges, one by one, only when the claims table or a download needs them.
  const viewClaims = createViewClaims(api);
  const connectedMentions = cy.nodes().filter((node) => node.degree(false) > 0).map((node) => (node.data() as NodeData).mentionCount);
  const store = createPageStore(cy, { filter: initialFilter(defaultMinMentions(connectedMentions)), dateStyle: 'old', sideColouring: false });

  const nameOf = (id: string): string => (cy.getElementById(id).data('name') as string | undefined) ?? id;
  const titles = new Map<string, string>();
  const documentTitle = (id: string): string => titles.get(id) ?? id;
  api.documents().then((documents) => documents.forEach((document) => titles.set(document.id, document.title))).catch(() => undefined);

  const curation = await mountCuration(byId('session'), {
    fetch: window.fetch.bind(window),
    api,
    cy,
    nameOf,
    documentTitle,
    redraw: () => {
      viewClaims.invalidate();
      store.update({});
    },
    showEntity: (node) => void details.showEntity(node),
    host: byId('graph-area'),
    tools: byId('curation-tools'),
  });
  const countsView = mountCounts(counts, cy, store);
  const expand = mountExpand(byId('graph-totals'), cy, { api, store, totals: view.totals });
  const focus = mountFocusControls(byId('views'), cy, store, {
    nodes,
    api,
    announce: (message) => countsView.setFocus(message),
    nameOf,
    documentTitle,
    dateStyle: () => store.get().state.dateStyle,
    onClaim: (edgeId, claimId) => openClaim(edgeId, claimId),
  });
  const details = createDetailsView(byId('details'), {
    api,
    nameOf,
    documentTitle,
    dateStyle: () => store.get().state.dateStyle,
    entityActions: (node) => [...focus.entityActions(node), expand.expandButton(node), alignmentButton(node, (id) => workbench.addToAlignment(id)), curation.entityTools(node)],
    claimActions: (claim) => [curation.claimTools(claim.id)],
    onClaim: (edgeId, claimId) => openClaim(edgeId, claimId),
    filter: () => store.get().state.filter,
    onRead: (claim) => documents.read(claim),
  });
  /** Selects a drawn edge and opens its claims, `claimId` marked among them. */
  const openClaim = (edgeId: string, claimId?: string): void => {
    const edge = cy.getElementById(edgeId);
    if (edge.empty()) return;
    cy.elements().unselect();
    edge.select();
    cy.animate({ center: { eles: edge } }, { duration: 300 });
    details.showEdge(edge.data() as EdgeData, claimId);
  };
  // Selecting an entity brings its neighbours into view (keepNeighboursInView).
  const focusEntity = (node: GraphNode): Promise<void> => {
    const element = cy.getElementById(node.id);
    if (element.nonempty()) {
      cy.elements().unselect();
      element.select();
    }
    return details.showEntity(node);
  };

  // Before the filters: a linked view (?types=...) is applied to the store before they read it.
  const documents = mountDocuments({ api, cy, store, details, focusEntity, titles, onGraphChanged: () => viewClaims.invalidate() });
  mountFilters(byId('filters'), store);
  mountBlocLegend(byId('filters'), store, nameOf);
  loadIsolatedOnRequest(cy, store, api, (message) => status.error(message));
  mountSearch(byId<HTMLInputElement>('search'), byId('suggestions'), { nodes, api, onChoose: focusEntity });
  mountExports(byId('exports'), cy, viewClaims, () => store.get().state.filter);
  mountPanelToggles(byId('panel-toggles'), cy);
  const workbench = mountWorkbench(cy, store, { nodes, api, nameOf, documentTitle, onClaim: openClaim, claims: viewClaims });
  mountQueryPanel(byId<HTMLDialogElement>('query-panel'), byId<HTMLButtonElement>('open-query'), api, cy);
  const span = claimSpan(edges);
  const claimDays = view.claimDays.map(([day, claims]) => ({ startDay: day, claims }));
  if (span) mountTimeline(byId('timeline'), store, { span, claims: claimDays });
  else byId('timeline').textContent = 'No claim is dated, so there is no timeline.';

  mountZoomLabels(cy);
  keepNeighboursInView(cy);
  const tooltip = mountGraphTooltip(byId('graph-area'), cy, nameOf, () => store.get().state.dateStyle);
  // Before the graph keys: a key the entity focus takes is not also a pan.
  mountNodeFocus(byId('cy'), cy, {
    tooltip,
    open: focusEntity,
    firstClaim: () => {
      const claims = byId('details').querySelector<HTMLElement>('[data-testid="entity-claims"]');
      const first = claims?.querySelector<HTMLElement>('summary') ?? claims;
      if (first && first === claims) first.tabIndex = -1;
      return first ?? null;
    },
  });
  bindGraphKeys(byId('cy'), cy);
  cy.on('tap', 'node', (event) => void details.showEntity(event.target.data() as NodeData));
  cy.on('tap', 'edge', (event) => details.showEdge(event.target.data() as EdgeData));
  cy.on('tap', (event) => {
    if (event.target === cy) details.clear();
  });
  document.addEventListener('keydown', (event) => {
    const typing = event.target instanceof HTMLInputElement || event.target instanceof HTMLTextAreaElement;
    if (event.key === '/' && !typing) {
      event.preventDefault();
      byId('search').focus();
    } else if (event.key === 'Escape' && !typing) {
      focus.clear();
    }
  });

  store.subscribe(({ summary }) => {
    if (summary.visibleEdges === 0) status.empty('No claim matches the filters in this time window.');
    else status.clear();
  });

  // Fit only now: the timeline and panels are mounted, so the graph's box has its final size.
  cy.resize();
  cy.fit(visibleElements(cy), 30);
  cy.one('render', () => {
    window.allegianceFirstRenderMs = Math.round(performance.now());
    document.body.dataset.ready = 'true';
  });
}

void start();

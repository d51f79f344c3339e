/**
 * Sign-in, review mode and curation in the page, composed in one place so the page's entry point
 * adds one call: the session bar (sign in, who is signed in), Review and Show rejected over the graph, and, for the
 * details panel, the curation tools of an entity and of a claim.
 */
import type { Core } from 'cytoscape';
import type { GraphNode } from '../../../domain/api';
import type { ApiClient, Fetch } from '../api-client';
import { el } from '../ui/dom';
import { claimCurationElement } from './claim-curation-view';
import { createCurationApi } from './curation-api';
import { curationMessage } from './curation-messages';
import { entityCurationElement } from './entity-curation-view';
import { showRejected, syncGraph } from './graph-claims';
import { mountReview } from './review-view';
import { mountSession } from './session-view';

export interface CurationPageContext {
  fetch: Fetch;
  api: ApiClient;
  cy: Core;
  nameOf: (id: string) => string;
  documentTitle: (id: string) => string;
  /** Filters, counts and colours apply again after the drawn graph changed. */
  redraw: () => void;
  /** Shows an entity in the details panel (after a merge: the surviving one). */
  showEntity: (node: GraphNode) => void;
  /** Where review mode's panel goes. */
  host: HTMLElement;
  /** Where the Review and Show rejected buttons go (the graph's toolbar: the header has no room left). */
  tools: HTMLElement;
}

export interface CurationTools {
  /** Curation tools, history and contested claims for the entity panel. */
  entityTools(node: GraphNode): HTMLElement;
  /** Review status, decisions and history for the claim panel. */
  claimTools(claimId: string): HTMLElement;
}

/** @example const curation = await mountCuration(byId('session'), { fetch, api, cy, ... }); */
export async function mountCuration(bar: HTMLElement, context: CurationPageContext): Promise<CurationTools> {
  const curation = createCurationApi(context.fetch);
  const session = await mountSession(bar, curation);
  const rejectedToggle = el('button', { type: 'button', 'data-testid': 'show-rejected', 'aria-pressed': 'false', title: 'Draw rejected claims, struck out' }, 'Show rejected');
  const message = el('span', { class: 'error', role: 'status' });
  let rejectedShown = false;

  /** The whole graph again from the server: a decision, a merge or an undo can change several edges' counts. */
  const resync = async (): Promise<void> => {
    try {
      syncGraph(context.cy, await context.api.graph(rejectedShown ? { status: 'all' } : undefined));
      showRejected(context.cy, rejectedShown);
      context.redraw();
    } catch (error) {
      message.textContent = curationMessage(error, 'redraw the graph');
    }
  };
  rejectedToggle.addEventListener('click', async () => {
    rejectedShown = !rejectedShown;
    rejectedToggle.setAttribute('aria-pressed', String(rejectedShown));
    await resync();
  });

  mountReview(context.tools, context.host, { curation, session, cy: context.cy, nameOf: context.nameOf, documentTitle: context.documentTitle, afterChange: resync, afterUndo: resync });
  context.tools.append(rejectedToggle);
  bar.append(message);

  return {
    entityTools: (node) =>
      entityCurationElement(node, {
        curation,
        session,
        search: (query) => context.api.searchEntities(query, 8),
        nameOf: context.nameOf,
        afterChange: async (entityId) => {
          await resync();
          const survivor = context.cy.getElementById(entityId);
          if (survivor.nonempty()) context.showEntity(survivor.data() as GraphNode);
        },
      }),
    claimTools: (claimId) => claimCurationElement(claimId, { curation, session, cy: context.cy, nameOf: context.nameOf, afterChange: resync, afterUndo: resync }),
  };
}

/**
 * An opened edge's claims: the edge stands for every claim of one relation type from one entity to
 * another, and they are loaded only now (GET /api/graph/claims), a page at a time, in date order. Each
 * claim shows its evidence, who says it, its date in both calendars, its source and confidence, a button
 * to read it in its document, and the review tools; claims outside the current filters are marked.
 */
import type { GraphEdge, PairClaims } from '../../../domain/api';
import { withDateBasis } from '../../../domain/dates/provenance';
import { describeClaimDate } from '../../../domain/dates/styles';
import type { EdgeData } from '../graph-elements';
import { toClaimData } from '../graph-elements';
import { claimPasses, type ViewFilter } from '../timeline-filter';
import { el } from './dom';

/** Claims fetched per page. */
export const EDGE_CLAIMS_PAGE_SIZE = 50;

export interface EdgeClaimsContext {
  load: (edge: EdgeData, page: { offset: number; limit: number }) => Promise<PairClaims>;
  nameOf: (id: string) => string;
  documentTitle: (id: string) => string;
  filter: () => ViewFilter;
  /** Review tools for one claim (accept, reject, edit, history). */
  claimActions?: (claim: GraphEdge) => HTMLElement[];
  /** Opens the claim's sentence in the reader. */
  onRead?: (claim: GraphEdge) => void;
}

function claimItem(claim: GraphEdge, context: EdgeClaimsContext, focused: boolean): HTMLLIElement {
  const inFilter = claimPasses(toClaimData(claim), context.filter());
  const read = el('button', { type: 'button', class: 'link', 'data-testid': 'read-claim' }, 'Read in the document');
  read.addEventListener('click', () => context.onRead?.(claim));
  const item = el('li', { 'data-testid': 'edge-claim', 'data-claim': claim.id, class: inFilter ? '' : 'outside-filter' },
    el('blockquote', { 'data-testid': 'evidence' }, claim.evidence),
    ...(claim.attributedTo
      ? [el('p', { class: 'meta', 'data-testid': 'attributed-to' }, `according to ${context.nameOf(claim.attributedTo)}, not stated by the author`)]
      : []),
    el('p', { 'data-testid': 'claim-date' }, withDateBasis(describeClaimDate(claim), claim.dateBasis)),
    el('p', { class: 'meta' }, `${context.documentTitle(claim.documentId)}, line ${claim.line} · confidence ${claim.confidence.toFixed(2)}`,
      inFilter ? '' : ' · outside the current filters or window'),
    ...(context.onRead ? [read] : []),
    ...(context.claimActions?.(claim) ?? []),
  );
  if (focused) item.dataset.focused = 'true';
  return item;
}

/**
 * The list, its first page loading at once; `focusClaim` is marked (and scrolled to) when it is on a loaded page.
 * @example panel.append(edgeClaimsElement(edge, context, 'oktober:s12:r0'))
 */
export function edgeClaimsElement(edge: EdgeData, context: EdgeClaimsContext, focusClaim?: string): HTMLElement {
  const list = el('ol', { class: 'claim-list', 'data-testid': 'edge-claims' });
  const status = el('p', { class: 'meta', role: 'status' }, 'Loading the claims…');
  const more = el('button', { type: 'button', 'data-testid': 'more-claims', hidden: true }, 'More claims');
  let offset = 0;
  const loadPage = async (): Promise<void> => {
    more.disabled = true;
    try {
      const page = await context.load(edge, { offset, limit: EDGE_CLAIMS_PAGE_SIZE });
      const items = page.claims.map((claim) => claimItem(claim, context, claim.id === focusClaim));
      list.append(...items);
      offset += page.claims.length;
      status.textContent = `${offset} of ${page.total} claim${page.total === 1 ? '' : 's'} shown`;
      more.hidden = offset >= page.total || page.claims.length === 0;
      items.find((item) => item.dataset.focused === 'true')?.scrollIntoView({ block: 'nearest' });
    } catch (error) {
      status.textContent = `Could not load the claims: ${error instanceof Error ? error.message : String(error)}`;
    } finally {
      more.disabled = false;
    }
  };
  more.addEventListener('click', () => void loadPage());
  void loadPage();
  return el('div', { class: 'edge-claims' }, status, list, more);
}

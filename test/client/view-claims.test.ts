/** The claims behind the drawn edges: loaded once and shared, forgotten on change, and narrowed to what the reader sees. */
import { initialFilter } from '../../client/src/filter-defaults';
import { toClaimData } from '../../client/src/graph-elements';
import { applyFilter } from '../../client/src/timeline-filter';
import { createViewClaims, shownClaims } from '../../client/src/view-claims';
import type { ClaimSelection } from '../../domain/api';
import { gregorianToJdn } from '../../domain/dates/calendar';
import { pairEdgeId } from '../../domain/pair-edge';
import { SMALL_GRAPH } from './fixtures/small-graph';
import { headlessGraph } from './support/headless';

const claims = SMALL_GRAPH.edges.map(toClaimData);

describe('shownClaims', () => {
  test('every claim of a shown edge without a window; none of a hidden or dimmed edge', () => {
    const cy = headlessGraph();
    const filter = initialFilter(1);
    applyFilter(cy, filter);
    const visible = cy.edges().filter((edge) => !edge.hasClass('hidden')).map((edge) => edge.id());
    expect(shownClaims(cy, claims, filter).map(pairEdgeId).sort()).toEqual(visible.sort());
    cy.getElementById(pairEdgeId(claims[0]!)).addClass('dimmed');
    expect(shownClaims(cy, claims, filter).map((claim) => claim.id)).not.toContain(claims[0]!.id);
  });

  test("a window keeps only the claims inside it, whatever their edge's span", () => {
    const cy = headlessGraph();
    const filter = { ...initialFilter(1), window: { start: gregorianToJdn({ year: 1917, month: 7, day: 1 }), end: gregorianToJdn({ year: 1917, month: 7, day: 31 }) }, includeUndated: false };
    applyFilter(cy, filter);
    expect(shownClaims(cy, claims, filter).map((claim) => claim.id)).toEqual(['c1']);
  });
});

describe('createViewClaims', () => {
  test('asks the server once, shares the answer, and asks again after invalidate or a failure', async () => {
    let calls = 0;
    let fail = true;
    const api = {
      viewClaims: async (): Promise<ClaimSelection> => {
        calls += 1;
        if (fail) throw new Error('down');
        return { ...SMALL_GRAPH, totals: { entities: 0, claims: 0 }, limit: 300 };
      },
    };
    const viewClaims = createViewClaims(api);
    await expect(viewClaims.load()).rejects.toThrow('down');
    fail = false;
    const [first, second] = await Promise.all([viewClaims.load(), viewClaims.load()]);
    expect(first).toBe(second);
    expect(first.map((claim) => claim.id)).toEqual(SMALL_GRAPH.edges.map((edge) => edge.id));
    expect(calls).toBe(2);
    viewClaims.invalidate();
    await viewClaims.load();
    expect(calls).toBe(3);
  });
});

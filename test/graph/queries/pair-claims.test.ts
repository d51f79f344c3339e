/**
 * The claims behind one edge, checked against the full window view (graphInWindow) as the oracle:
 * exactly the pair's claims of that type, in its date order, a page at a time, with the filter applied;
 * unknown entities are NotFound and bad types or pages are refused before Neo4j is asked.
 */
import type { GraphEdge } from '../../../domain/api';
import { InvalidInputError, NotFoundError } from '../../../domain/errors';
import type { RelationType } from '../../../domain/types';
import { graphSelection } from '../../../graph/queries/graph-selection';
import { pairClaims, type PairKey } from '../../../graph/queries/pair-claims';
import { graphInWindow } from '../../../graph/queries/time-window';
import { ingestExtraction } from '../../../graph/writes/ingest-extraction';
import { SWEDISH } from '../fixtures/extractions';
import { useQueryFixture } from './query-fixture';

const graph = useQueryFixture();

// The Swedish document again under another id: each of its claims gets a twin, so edges stand for two claims.
beforeAll(async () => {
  await ingestExtraction(graph(), SWEDISH, { id: 'oktober-kopia', title: 'Kopia', sha256: 'c'.repeat(64), ingestedAt: '2026-01-03T00:00:00.000Z' });
});

const claimsOf = (edges: readonly GraphEdge[], pair: PairKey): GraphEdge[] =>
  edges.filter((edge) => edge.source === pair.source && edge.target === pair.target && edge.type === pair.type);

describe('pairClaims', () => {
  test('every edge of the default view opens onto exactly its claims, in date order', async () => {
    const { edges } = await graphSelection(graph());
    const full = await graphInWindow(graph());
    for (const edge of edges) {
      const page = await pairClaims(graph(), edge);
      expect(page).toEqual({ source: edge.source, target: edge.target, type: edge.type, total: edge.claims, offset: 0, limit: 50, claims: claimsOf(full.edges, edge) });
    }
  });

  test('pages: offset and limit cut the same order, and a page past the end is empty', async () => {
    const { edges } = await graphSelection(graph());
    const heaviest = edges[0];
    expect(heaviest.claims).toBeGreaterThan(1);
    const all = await pairClaims(graph(), heaviest);
    const first = await pairClaims(graph(), heaviest, {}, { offset: 0, limit: 1 });
    const rest = await pairClaims(graph(), heaviest, {}, { offset: 1, limit: 50 });
    expect([...first.claims, ...rest.claims]).toEqual(all.claims);
    expect(first.total).toBe(all.total);
    expect((await pairClaims(graph(), heaviest, {}, { offset: 1000 })).claims).toEqual([]);
  });

  test('the filter applies: a window outside the pair leaves its entities found but no claim', async () => {
    const { edges } = await graphSelection(graph());
    expect(await pairClaims(graph(), edges[0], { from: '1700', to: '1701' })).toMatchObject({ total: 0, claims: [] });
  });

  test('an unknown entity is NotFound; a bad type, offset or limit is refused', async () => {
    const { edges } = await graphSelection(graph());
    const pair = { source: edges[0].source, target: edges[0].target, type: edges[0].type };
    await expect(pairClaims(graph(), { ...pair, source: 'nobody' })).rejects.toThrow(NotFoundError);
    await expect(pairClaims(graph(), { ...pair, target: 'nobody' })).rejects.toThrow(NotFoundError);
    await expect(pairClaims(graph(), { ...pair, type: 'LIKED' as RelationType })).rejects.toThrow(InvalidInputError);
    await expect(pairClaims(graph(), pair, {}, { offset: -1 })).rejects.toThrow(InvalidInputError);
    await expect(pairClaims(graph(), pair, {}, { limit: 0 })).rejects.toThrow(InvalidInputError);
    await expect(pairClaims(graph(), pair, {}, { limit: 501 })).rejects.toThrow(InvalidInputError);
  });
});

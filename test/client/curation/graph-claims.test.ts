/** Curation redrawn in a headless Cytoscape with the page's stylesheet: status styles, moved ends, added and synced claims. */
import { applyClaim, edgeOfClaim, removeClaim, showRejected, syncGraph } from '../../../client/src/curation/graph-claims';
import type { ClaimState } from '../../../domain/curation';
import { SMALL_GRAPH } from '../fixtures/small-graph';
import { headlessGraph } from '../support/headless';

const C1: ClaimState = {
  id: 'c1', type: 'OPPOSED', source: 'kerenski', target: 'bolsjevikerna', status: 'machine', version: 0, date: '1917-07-05', dateGregorian: '1917-07-18',
  evidence: 'Kerenski hotade bolsjevikerna.', sentenceId: 'doc1:498', documentId: 'doc1', line: 498, confidence: 0.8, origin: 'machine', reviewedBy: null, reviewedAt: null,
};

describe('claim status in the graph', () => {
  test('machine claims are dashed, accepted solid, rejected hidden until shown, then dotted', () => {
    const cy = headlessGraph({ ...SMALL_GRAPH, edges: SMALL_GRAPH.edges.map((edge) => ({ ...edge, status: 'machine' as const })) });
    const edge = cy.getElementById('c1');
    expect(edge.style('line-style')).toBe('dashed');
    applyClaim(cy, { ...C1, status: 'accepted', version: 1, reviewedBy: 'anna' });
    expect([edge.style('line-style'), edge.data('reviewedBy')]).toEqual(['solid', 'anna']);
    applyClaim(cy, { ...C1, status: 'rejected', version: 2 });
    expect(cy.getElementById('c1').style('display')).toBe('none');
    showRejected(cy, true);
    expect([cy.getElementById('c1').style('display'), cy.getElementById('c1').style('line-style')]).toEqual(['element', 'dotted']);
    showRejected(cy, false);
    expect(cy.getElementById('c1').style('display')).toBe('none');
  });

  test('a reversed claim moves its ends; its date and day span follow a correction', () => {
    const cy = headlessGraph();
    applyClaim(cy, { ...C1, source: 'bolsjevikerna', target: 'kerenski', date: '1917-11-07', dateGregorian: '1917-11-07', status: 'accepted' });
    const edge = cy.getElementById('c1');
    expect([edge.source().id(), edge.target().id(), edge.data('calendar'), edge.data('startDay')]).toEqual(['bolsjevikerna', 'kerenski', 'gregorian', 2421540]);
  });

  test('an added claim gets an edge, an undone one loses it', () => {
    const cy = headlessGraph();
    applyClaim(cy, { ...C1, id: 'h1', type: 'SUPPORTED', source: 'lenin', target: 'kerenski', origin: 'historian', status: 'accepted' });
    expect(cy.getElementById('h1').data()).toMatchObject({ source: 'lenin', target: 'kerenski', type: 'SUPPORTED', status: 'accepted' });
    removeClaim(cy, 'h1');
    expect(cy.getElementById('h1').empty()).toBe(true);
  });

  test('a sync takes the server’s names, statuses and ends, and drops what it no longer has', () => {
    const cy = headlessGraph();
    const view = {
      nodes: SMALL_GRAPH.nodes.filter((node) => node.id !== 'kornilov').map((node) => (node.id === 'lenin' ? { ...node, name: 'V. I. Lenin' } : node)),
      edges: SMALL_GRAPH.edges.filter((edge) => edge.id !== 'c3').map((edge) => (edge.id === 'c1' ? edgeOfClaim({ ...C1, status: 'accepted', source: 'bolsjevikerna', target: 'kerenski' }, 'julian') : edge)),
    };
    syncGraph(cy, view);
    expect(cy.getElementById('lenin').data('label')).toBe('V. I. Lenin');
    expect(cy.getElementById('kornilov').empty()).toBe(true);
    expect(cy.getElementById('c1').data()).toMatchObject({ status: 'accepted', source: 'bolsjevikerna', target: 'kerenski' });
  });
});

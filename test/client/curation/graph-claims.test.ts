/**
 * Curation redrawn in a headless Cytoscape with the page's stylesheet: an edge's status style (accepted
 * or rejected when every claim behind it is), and a sync that brings counts, statuses, names and the
 * edges a correction moved up to date from the server's view.
 */
import { showRejected, syncGraph } from '../../../client/src/curation/graph-claims';
import type { GraphEdge, GraphSelection } from '../../../domain/api';
import { pairEdgeId } from '../../../domain/pair-edge';
import { pairsOf } from '../../support/pair-oracle';
import { SMALL_GRAPH } from '../fixtures/small-graph';
import { headlessGraph } from '../support/headless';

const machine = SMALL_GRAPH.edges.map((edge) => ({ ...edge, status: 'machine' as const }));
const c1 = machine.find((edge) => edge.id === 'c1')!;

/** The server's view of these claims, as GET /api/graph sends it. */
function selectionOf(claims: GraphEdge[], nodes = SMALL_GRAPH.nodes): GraphSelection {
  const edges = pairsOf(claims);
  const total = { entities: nodes.length, edges: edges.length, claims: claims.length };
  return { nodes, edges, totals: { entities: nodes.length, claims: claims.length }, shown: total, pairs: edges.length, limit: 300, edgeLimit: 1000, claimDays: [] };
}

describe('claim status in the graph', () => {
  test('machine edges are dashed, accepted solid, rejected hidden until shown, then dotted', () => {
    const cy = headlessGraph({ ...SMALL_GRAPH, edges: machine });
    const id = pairEdgeId(c1);
    expect(cy.getElementById(id).style('line-style')).toBe('dashed');
    syncGraph(cy, selectionOf(machine.map((edge) => (edge.id === 'c1' ? { ...edge, status: 'accepted', reviewedBy: 'anna' } : edge))));
    expect(cy.getElementById(id).style('line-style')).toBe('solid');
    syncGraph(cy, selectionOf(machine.map((edge) => (edge.id === 'c1' ? { ...edge, status: 'rejected' } : edge))));
    expect(cy.getElementById(id).style('display')).toBe('none');
    showRejected(cy, true);
    expect([cy.getElementById(id).style('display'), cy.getElementById(id).style('line-style')]).toEqual(['element', 'dotted']);
    showRejected(cy, false);
    expect(cy.getElementById(id).style('display')).toBe('none');
  });

  test('an edge is accepted only when every claim behind it is; its count follows', () => {
    const twin = { ...c1, id: 'c1b', status: 'accepted' as const };
    const cy = headlessGraph({ ...SMALL_GRAPH, edges: [...machine, twin] });
    const edge = cy.getElementById(pairEdgeId(c1));
    expect(edge.data()).toMatchObject({ claims: 2, countLabel: '2', status: 'machine' });
    syncGraph(cy, selectionOf([...machine.map((e) => (e.id === 'c1' ? { ...e, status: 'accepted' as const } : e)), twin]));
    expect([edge.data('status'), edge.style('line-style')]).toEqual(['accepted', 'solid']);
    syncGraph(cy, selectionOf(machine));
    expect(edge.data()).toMatchObject({ claims: 1, countLabel: '' });
  });

  test('a sync takes the server’s names and edges: a reversed claim moves to its new edge, and what is gone goes', () => {
    const cy = headlessGraph({ ...SMALL_GRAPH, edges: machine });
    const reversed = { ...c1, source: c1.target, target: c1.source, status: 'accepted' as const };
    const nodes = SMALL_GRAPH.nodes.filter((node) => node.id !== 'kornilov').map((node) => (node.id === 'lenin' ? { ...node, name: 'V. I. Lenin' } : node));
    const claims = machine.filter((edge) => edge.id !== 'c1' && edge.source !== 'kornilov' && edge.target !== 'kornilov');
    syncGraph(cy, selectionOf([...claims, reversed], nodes));
    expect(cy.getElementById('lenin').data('label')).toBe('V. I. Lenin');
    expect(cy.getElementById('kornilov').empty()).toBe(true);
    expect(cy.getElementById(pairEdgeId(c1)).empty()).toBe(true);
    expect(cy.getElementById(pairEdgeId(reversed)).data()).toMatchObject({ status: 'accepted', source: c1.target, target: c1.source });
  });
});

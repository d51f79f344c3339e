/** Expanding a node in headless Cytoscape: only what is new is added, on a ring around it, and nothing drawn moves. */
import cytoscape from 'cytoscape';
import type { GraphExpansion, GraphNode, PairEdge } from '../../domain/api';
import { toElements } from '../../client/src/graph-elements';
import { addExpansion, ringPositions } from '../../client/src/graph-expansion';

const node = (id: string): GraphNode => ({ id, name: id, type: 'Person', aliases: [], mentionCount: 2 });
const claim = (id: string, source: string, target: string): PairEdge =>
  ({ id, source, target, type: 'OPPOSED', claims: 2, undated: 0, firstDay: 2421540, lastDay: 2421541, documentIds: ['d'], confidence: 0.9, status: 'machine' });

test('ringPositions spreads points evenly around the centre, from the top', () => {
  expect(ringPositions({ x: 10, y: 10 }, 4, 100)).toEqual([{ x: 10, y: -90 }, { x: 110, y: 10 }, { x: 10, y: 110 }, { x: -90, y: 10 }]);
  expect(ringPositions({ x: 0, y: 0 }, 0, 100)).toEqual([]);
});

test('adds the new entities around the expanded one and the claims to them; drawn ones stay put', () => {
  const cy = cytoscape({ headless: true, elements: toElements({ nodes: [node('a'), node('b')], edges: [claim('c1', 'a', 'b')] }) });
  cy.getElementById('a').position({ x: 0, y: 0 });
  cy.getElementById('b').position({ x: 50, y: 0 });
  const expansion: GraphExpansion = {
    centre: 'a',
    nodes: [node('a'), node('b'), node('x'), node('y')],
    edges: [claim('c1', 'a', 'b'), claim('c2', 'a', 'x'), claim('c3', 'y', 'a'), claim('c4', 'a', 'elsewhere')],
    totals: { entities: 9, claims: 20 },
  };
  expect(addExpansion(cy, expansion)).toEqual({ nodes: 2, edges: 2 });
  expect(cy.nodes().map((n) => n.id()).sort()).toEqual(['a', 'b', 'x', 'y']);
  expect(cy.edges().map((e) => e.id()).sort()).toEqual(['c1', 'c2', 'c3']);
  expect(cy.getElementById('b').position()).toEqual({ x: 50, y: 0 });
  for (const id of ['x', 'y']) {
    const { x, y } = cy.getElementById(id).position();
    expect(Math.hypot(x, y)).toBeGreaterThanOrEqual(110);
  }
  expect(addExpansion(cy, expansion)).toEqual({ nodes: 0, edges: 0 });
});

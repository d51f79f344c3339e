import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { NodeSingular } from 'cytoscape';
import { layoutOnce, packComponents } from '../../client/src/graph-layout';
import { headlessCytoscape, headlessGraph } from './support/headless';

cytoscape.use(fcose);

describe('layoutOnce', () => {
  test('spreads connected entities and sets the unconnected below them', async () => {
    const cy = headlessGraph();
    await layoutOnce(cy);
    const connected = cy.nodes().filter((node) => node.degree(false) > 0);
    const positions = connected.map((node) => {
      const { x, y } = (node as NodeSingular).position();
      return `${Math.round(x)},${Math.round(y)}`;
    });
    expect(new Set(positions).size).toBe(connected.length);
    const lowest = connected.boundingBox({}).y2;
    expect((cy.getElementById('smolnyj') as NodeSingular).position().y).toBeGreaterThan(lowest);
  });
});

test('the same graph gets the same picture on every layout, and Math.random is given back', async () => {
  const positions = async (): Promise<string[]> => {
    const cy = headlessGraph();
    await layoutOnce(cy);
    return cy.nodes().map((node) => `${node.id()}@${Math.round((node as NodeSingular).position().x)},${Math.round((node as NodeSingular).position().y)}`);
  };
  const random = Math.random;
  expect(await positions()).toEqual(await positions());
  expect(Math.random).toBe(random);
});

describe('packComponents', () => {
  test('shelves smaller components under the largest, without overlaps, leaving the largest in place', () => {
    const node = (id: string, x: number, y: number) => ({ group: 'nodes' as const, data: { id }, position: { x, y } });
    const edge = (source: string, target: string) => ({ group: 'edges' as const, data: { id: `${source}-${target}`, source, target } });
    const cy = headlessCytoscape({
      style: [{ selector: 'node', style: { width: 20, height: 20 } }],
      elements: [
        node('a', 0, 0), node('b', 400, 0), node('c', 200, 300), edge('a', 'b'), edge('b', 'c'),
        node('d', -3000, 0), node('e', -2900, 0), edge('d', 'e'),
        node('f', 5000, 5000), node('g', 5000, 5100), edge('f', 'g'),
      ],
    });
    packComponents(cy.elements().components(), 60);
    const position = (id: string) => (cy.getElementById(id) as NodeSingular).position();
    expect(position('a')).toEqual({ x: 0, y: 0 });
    const mainBottom = cy.collection().union(cy.getElementById('a')).union(cy.getElementById('b')).union(cy.getElementById('c')).boundingBox({}).y2;
    for (const id of ['d', 'e', 'f', 'g']) expect(position(id).y).toBeGreaterThan(mainBottom);
    const small = [cy.elements('#d, #e, #d-e').boundingBox({}), cy.elements('#f, #g, #f-g').boundingBox({})];
    const [first, second] = small as [cytoscape.BoundingBox12 & cytoscape.BoundingBoxWH, cytoscape.BoundingBox12 & cytoscape.BoundingBoxWH];
    const overlap = first.x1 < second.x2 && second.x1 < first.x2 && first.y1 < second.y2 && second.y1 < first.y2;
    expect(overlap).toBe(false);
    expect(Math.max(first.x2, second.x2)).toBeLessThanOrEqual(cy.getElementById('a').boundingBox({}).x1 + 600);
  });
});

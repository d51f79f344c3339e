import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { NodeSingular } from 'cytoscape';
import { layoutOnce } from '../../client/src/graph-layout';
import { headlessGraph } from './support/headless';

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

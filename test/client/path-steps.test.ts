import { pathSteps, serverPathSteps } from '../../client/src/path-steps';
import { SMALL_GRAPH } from './fixtures/small-graph';

const edge = (id: string) => SMALL_GRAPH.edges.find((candidate) => candidate.id === id)!;
const node = (id: string) => SMALL_GRAPH.nodes.find((candidate) => candidate.id === id)!;

describe('pathSteps', () => {
  test('each claim from one end to the other, with its direction against the walk', () => {
    // kornilov -c3 OPPOSED-> kerenski -c1 OPPOSED-> bolsjevikerna <-c6 LED- lenin
    const steps = pathSteps(['kornilov', 'kerenski', 'bolsjevikerna', 'lenin'], [edge('c3'), edge('c1'), edge('c6')]);
    expect(steps.map((step) => [step.from, step.edge.type, step.to, step.forward])).toEqual([
      ['kornilov', 'OPPOSED', 'kerenski', true],
      ['kerenski', 'OPPOSED', 'bolsjevikerna', true],
      ['bolsjevikerna', 'LED', 'lenin', false],
    ]);
  });

  test('server paths keep their order', () => {
    const [path] = serverPathSteps({ paths: [{ nodes: [node('lenin'), node('bolsjevikerna')], edges: [edge('c6')] }] });
    expect(path!.steps).toEqual([{ edge: edge('c6'), from: 'lenin', to: 'bolsjevikerna', forward: true }]);
  });
});

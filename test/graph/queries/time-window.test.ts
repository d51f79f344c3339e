import { InvalidInputError } from '../../../domain/errors';
import { graphInWindow } from '../../../graph/queries/time-window';
import { useQueryFixture } from './query-fixture';

const graph = useQueryFixture();

const claimsOf = (edges: { source: string; type: string; target: string }[]): string[] =>
  edges.map((edge) => `${edge.source} ${edge.type} ${edge.target}`);

describe('graphInWindow', () => {
  test.each([
    ['everything, in date order, undated last', {}, [
      'kornilov OPPOSED kerenski', 'kerenski OPPOSED bolsheviks', 'petrograds_garnison SUPPORTED provisoriska_regeringen',
      'petrograds_garnison JOINED militarrevolutionara_kommitten', 'kerenski OPPOSED militarrevolutionara_kommitten',
      'militarrevolutionara_kommitten ARRESTED ministrarna', 'lenin LED bolsjevikerna', 'kerenski NEGOTIATED_WITH lenin',
    ]],
    ['a day window in the text calendar, month-precision claims overlapping it', { from: '1917-10-24', to: '1917-10-25' }, [
      'kerenski OPPOSED bolsheviks', 'petrograds_garnison SUPPORTED provisoriska_regeringen',
      'kerenski OPPOSED militarrevolutionara_kommitten', 'militarrevolutionara_kommitten ARRESTED ministrarna',
    ]],
    ['the same days in the Gregorian calendar', { from: '1917-11-06', to: '1917-11-07', calendar: 'gregorian' as const }, [
      'kerenski OPPOSED militarrevolutionara_kommitten', 'militarrevolutionara_kommitten ARRESTED ministrarna',
    ]],
    ['relation types', { relationTypes: ['ARRESTED' as const, 'LED' as const] }, ['militarrevolutionara_kommitten ARRESTED ministrarna', 'lenin LED bolsjevikerna']],
    ['entity types at both ends', { entityTypes: ['Person' as const] }, ['kornilov OPPOSED kerenski', 'kerenski NEGOTIATED_WITH lenin']],
    ['minimum mentions at both ends', { minMentions: 3 }, ['kerenski OPPOSED militarrevolutionara_kommitten']],
    ['one document', { documentId: 'memoir' }, ['kornilov OPPOSED kerenski', 'kerenski OPPOSED bolsheviks']],
    ['a window before any claim', { from: '1800', to: '1800' }, []],
  ])('%s', async (_label, filter, expected) => {
    const view = await graphInWindow(graph(), filter);
    expect(claimsOf(view.edges)).toEqual(expected);
    const ends = new Set(view.edges.flatMap((edge) => [edge.source, edge.target]));
    expect(view.nodes.map((node) => node.id)).toEqual([...ends].sort());
  });

  test('includeIsolated adds entities without claims in scope', async () => {
    const view = await graphInWindow(graph(), { documentId: 'memoir', relationTypes: ['LED'] }, { includeIsolated: true });
    expect(view.nodes.map((node) => node.id)).toEqual(['bolsheviks', 'kerenski', 'kornilov']);
    expect(view.edges).toEqual([]);
  });

  test.each([[{ from: 'oktober' }], [{ relationTypes: ['LOVED' as 'LED'] }], [{ minMentions: -1 }]])('refuses %j', async (filter) => {
    await expect(graphInWindow(graph(), filter)).rejects.toThrow(InvalidInputError);
  });

  test('an edge carries its full provenance', async () => {
    const view = await graphInWindow(graph(), { relationTypes: ['ARRESTED'] });
    expect(view.edges).toEqual([{
      id: 'oktober:s3:militarrevolutionara_kommitten:ARRESTED:ministrarna', source: 'militarrevolutionara_kommitten',
      target: 'ministrarna', type: 'ARRESTED', date: '1917-10-25', dateGregorian: '1917-11-07', calendar: 'julian', dateBasis: null, datePrecision: 'day', line: 7,
      evidence: 'Den 25 oktober arresterade kommittén Kerenskis ministrar.', sentenceId: 'oktober:s3', documentId: 'oktober', confidence: 0.9,
      attributedTo: null, status: 'machine', reviewedBy: null,
    }]);
  });
});

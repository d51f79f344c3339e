import { NotFoundError } from '../../../domain/errors';
import { allegianceHistory, entityClaims } from '../../../graph/queries/allegiance';
import { useQueryFixture } from './query-fixture';

const graph = useQueryFixture();

describe('allegianceHistory', () => {
  test('the garrison moves from the Provisional Government to the committee', async () => {
    const { entity, claims: history } = await allegianceHistory(graph(), 'petrograds_garnison');
    expect(entity).toEqual(expect.objectContaining({ id: 'petrograds_garnison', type: 'Regiment' }));
    expect(history.map((c) => [c.type, c.direction, c.counterpart.id, c.date])).toEqual([
      ['SUPPORTED', 'out', 'provisoriska_regeringen', '1917-10'],
      ['JOINED', 'out', 'militarrevolutionara_kommitten', '1917-10-21'],
    ]);
    expect(history[1].evidence).toMatch(/anslöt sig/);
  });

  test('claims both ways, other relation types left out', async () => {
    const { claims: history } = await allegianceHistory(graph(), 'kerenski');
    expect(history.map((c) => [c.type, c.direction, c.counterpart.id, c.documentId])).toEqual([
      ['OPPOSED', 'in', 'kornilov', 'memoir'],
      ['OPPOSED', 'out', 'bolsheviks', 'memoir'],
      ['OPPOSED', 'out', 'militarrevolutionara_kommitten', 'oktober'],
    ]);
  });

  test('an unknown id is NotFoundError', async () => {
    await expect(allegianceHistory(graph(), 'rasputin')).rejects.toThrow(NotFoundError);
  });

  test('an entity with only other kinds of claims has an empty history', async () => {
    expect((await allegianceHistory(graph(), 'lenin')).claims).toEqual([]);
  });

  test('entityClaims keeps the types asked for; the allegiance history is its four allegiance types', async () => {
    const { claims: all } = await entityClaims(graph(), 'kerenski');
    const { claims: history } = await allegianceHistory(graph(), 'kerenski');
    expect(history).toEqual(all.filter((c) => ['JOINED', 'SUPPORTED', 'OPPOSED', 'MEMBER_OF'].includes(c.type)));
    expect((await entityClaims(graph(), 'kerenski', ['ARRESTED'])).claims).toEqual(all.filter((c) => c.type === 'ARRESTED'));
  });
});

import type { Gold } from '../../../bench/accuracy/gold';
import { scorePassage } from '../../../bench/accuracy/score';

const text = 'The Volhynian regiment joined the Bolsheviks.\nKornilov opposed Kerensky.\nThe Cossacks supported Kornilov and opposed the Volhynian regiment.';
const gold: Gold = {
  entities: [
    { id: 'volhynian', type: 'Regiment', canonical: 'Volhynian regiment', surface_forms: ['Volhynian regiment'], mention_lines: [1, 3] },
    { id: 'cossacks', type: 'Regiment', canonical: 'Cossacks', surface_forms: ['Cossacks'], mention_lines: [3] },
    { id: 'bolsheviks', type: 'Party', canonical: 'Bolsheviks', surface_forms: ['Bolsheviks'], mention_lines: [1] },
    { id: 'kornilov', type: 'Person', canonical: 'Kornilov', surface_forms: ['Kornilov'], mention_lines: [2, 3] },
    { id: 'kerensky', type: 'Person', canonical: 'Kerensky', surface_forms: ['Kerensky'], mention_lines: [2] },
  ],
  relations: [
    { subject: 'volhynian', predicate: 'JOINED', object: 'bolsheviks', line: 1, evidence: 'x', certainty: 'explicit' },
    { subject: 'kornilov', predicate: 'OPPOSED', object: 'kerensky', line: 2, evidence: 'x', certainty: 'explicit' },
    { subject: 'cossacks', predicate: 'SUPPORTED', object: 'kornilov', line: 3, evidence: 'x', certainty: 'explicit' },
    { subject: 'cossacks', predicate: 'OPPOSED', object: 'volhynian', line: 3, evidence: 'x', certainty: 'explicit' },
    { subject: 'cossacks', predicate: 'LED', object: 'kornilov', line: 3, evidence: 'x', certainty: 'implied' },
  ],
};
const entity = (id: string, name: string, type: 'Regiment' | 'Party' | 'Person', line: number) => ({ id, name, type, aliases: [], mentions: [{ line, text: name }] });

describe('side-taking claims of military units', () => {
  const counts = scorePassage(
    {
      entities: [entity('v', 'Volhynian regiment', 'Regiment', 1), entity('c', 'Cossacks', 'Regiment', 3), entity('k', 'Kornilov', 'Person', 3), entity('b', 'Bolsheviks', 'Party', 1)],
      relations: [
        { source: 'v', type: 'OPPOSED', target: 'c', line: 3, evidence: 'x', date: null },
        { source: 'v', type: 'SUPPORTED', target: 'b', line: 1, evidence: 'x', date: null },
      ],
    },
    gold,
    text,
  );

  test('counts opposed, joined and supported with a unit on either end, and how many were found (either way round when symmetric)', () => {
    expect([counts.unitSideTaking, counts.unitSideTakingFound]).toEqual([3, 1]);
  });
});

import type { Gold } from '../../../bench/accuracy/gold';
import { judgeRelations } from '../../../bench/accuracy/relation-truth';

const gold: Gold = {
  lines: [1, 3],
  entities: [
    { id: 'kerensky', type: 'Person', canonical: 'Alexander Kerensky', surface_forms: ['Kerensky'], mention_lines: [1] },
    { id: 'kornilov', type: 'Person', canonical: 'Lavr Kornilov', surface_forms: ['Kornilov'], mention_lines: [1] },
  ],
  relations: [{ subject: 'kornilov', predicate: 'OPPOSED', object: 'kerensky', line: 1, evidence: 'x', certainty: 'explicit' }],
};
const entity = (id: string, name: string, line: number) => ({ id, name, type: 'Person' as const, aliases: [], mentions: [{ line, text: name }] });

describe('judgeRelations', () => {
  const judged = judgeRelations(
    {
      entities: [entity('kerenski', 'Kerensky', 1), entity('kornilov', 'Kornilov', 1), entity('lenin', 'Lenin', 2)],
      relations: [
        { source: 'kerenski', type: 'OPPOSED', target: 'kornilov', line: 1, evidence: 'x', date: null, rule: 'en.oppose.verb' },
        { source: 'kerenski', type: 'ARRESTED', target: 'lenin', line: 2, evidence: 'y', date: null, rule: 'en.arrest.active' },
        { source: 'kerenski', type: 'ARRESTED', target: 'kornilov', line: 9, evidence: 'z', date: null, rule: 'en.arrest.active' },
      ],
    },
    gold,
  );

  test('judges each relation in the annotated lines, a symmetric type either way round', () => {
    expect(judged.map((j) => [j.relation.rule, j.true])).toEqual([
      ['en.oppose.verb', true],
      ['en.arrest.active', false],
    ]);
  });
});

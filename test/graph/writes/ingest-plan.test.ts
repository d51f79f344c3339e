import { InvalidInputError } from '../../../domain/errors';
import type { Extraction } from '../../../domain/types';
import type { EntityPlacement } from '../../../graph/writes/entity-merge';
import { planIngest, sentenceId } from '../../../graph/writes/ingest-plan';

const EXTRACTION: Extraction = {
  language: 'sv',
  entities: [
    { id: 'kerenski', name: 'Kerenski', type: 'Person', aliases: ['Kerenskis'], mentions: [{ line: 3, text: 'Kerenski', sentence: 0 }, { line: 9, text: 'Kerenskis', sentence: 4 }] },
    { id: 'lenin', name: 'Lenin', type: 'Person', aliases: [], mentions: [{ line: 3, text: 'Lenin', sentence: 0 }] },
    { id: 'smolnyj', name: 'Smolnyj', type: 'Place', aliases: [], mentions: [{ line: 3, text: 'Smolnyj', sentence: 0 }] },
  ],
  relations: [
    { source: 'kerenski', type: 'OPPOSED', target: 'lenin', date: '1917-10-24', dateGregorian: '1917-11-06', calendar: 'julian', line: 3, sentence: 0, evidence: 'Kerenski motsatte sig Lenin i Smolnyj.', confidence: 0.8 },
    { source: 'kerenski', type: 'OPPOSED', target: 'lenin', date: '1917-10-24', dateGregorian: '1917-11-06', calendar: 'julian', line: 3, sentence: 0, evidence: 'Kerenski motsatte sig Lenin i Smolnyj.', confidence: 0.8 },
    { source: 'lenin', type: 'LED', target: 'kerenski', date: null, dateGregorian: null, line: 12, sentence: 7, evidence: 'Lenin ledde.', confidence: 0.5 },
  ],
};

const PLACEMENTS = new Map<string, EntityPlacement>([
  ['kerenski', { targetId: 'kerenski', isNew: false }],
  ['lenin', { targetId: 'lenin', isNew: true }],
  ['smolnyj', { targetId: 'smolny', isNew: false }],
]);

describe('planIngest', () => {
  const plan = planIngest(EXTRACTION, 'doc', PLACEMENTS);

  test.each([
    ['only new entities are created', plan.newEntities, [{ id: 'lenin', name: 'Lenin', type: 'Person' }]],
    ['sentences link every entity mentioned in them, under merged ids', plan.sentences.map((s) => [s.id, s.entityIds]), [['doc:s0', ['kerenski', 'lenin', 'smolny']], [sentenceId('doc', EXTRACTION.relations[2]), ['kerenski', 'lenin']]]],
    ['a repeated claim is written once', plan.claims.get('OPPOSED')?.map((c) => c.props.id), ['doc:s0:kerenski:OPPOSED:lenin']],
    ['mention links carry counts and forms', plan.links.map((l) => [l.entityId, l.count, l.names, l.lines]), [['kerenski', 2, ['Kerenski', 'Kerenskis'], [3, 9]], ['lenin', 1, ['Lenin'], [3]], ['smolny', 1, ['Smolnyj'], [3]]]],
  ])('%s', (_label, actual, expected) => {
    expect(actual).toEqual(expected);
  });

  test('listed sentences become rows too, linked to what they mention, and claims keep pointing to them', () => {
    const withSentences: Extraction = {
      ...EXTRACTION,
      sentences: [
        { index: 0, line: 3, text: 'Kerenski motsatte sig Lenin i Smolnyj.' },
        { index: 4, line: 8, text: 'Sedan kom\nKerenskis folk.' },
      ],
    };
    const rows = planIngest(withSentences, 'doc', PLACEMENTS);
    expect(rows.sentences.map((s) => [s.id, s.line, s.entityIds])).toEqual([
      ['doc:s0', 3, ['kerenski', 'lenin', 'smolny']],
      ['doc:s4', 8, ['kerenski']],
      [sentenceId('doc', EXTRACTION.relations[2]), 12, ['kerenski', 'lenin']],
    ]);
    expect(rows.claims.get('OPPOSED')?.map((c) => c.props.sentenceId)).toEqual(['doc:s0']);
  });

  test('a claim keeps its provenance and date', () => {
    expect(plan.claims.get('OPPOSED')?.[0]).toEqual({
      source: 'kerenski',
      target: 'lenin',
      props: {
        id: 'doc:s0:kerenski:OPPOSED:lenin', date: '1917-10-24', dateGregorian: '1917-11-06', calendar: 'julian', dateBasis: null, datePrecision: 'day',
        evidence: 'Kerenski motsatte sig Lenin i Smolnyj.', sentenceId: 'doc:s0', line: 3, documentId: 'doc', confidence: 0.8, rule: null,
        attributedTo: null,
      },
    });
  });

  test("reported speech keeps its speaker, under the speaker's merged id", () => {
    const reported: Extraction = { ...EXTRACTION, relations: [{ ...EXTRACTION.relations[2], attributedTo: 'smolnyj' }] };
    expect(planIngest(reported, 'doc', PLACEMENTS).claims.get('LED')?.[0].props.attributedTo).toBe('smolny');
  });

  test.each([
    [{ dateBasis: 'section', datePrecision: 'month', date: '1917-10' }, 'section', 'month'],
    [{ date: '1917-10' }, null, 'month'],
    [{ date: null, dateGregorian: null }, null, null],
  ] as const)('date provenance: %j is stored as basis %s, precision %s (read from the date when the extractor did not say)', (fields, basis, precision) => {
    const relation = { ...EXTRACTION.relations[0]!, ...fields };
    const [claim] = planIngest({ ...EXTRACTION, relations: [relation] }, 'doc', PLACEMENTS).claims.get('OPPOSED') ?? [];
    expect([claim?.props.dateBasis, claim?.props.datePrecision]).toEqual([basis, precision]);
  });

  test.each<[string, Extraction]>([
    ['a relation to an unknown entity', { ...EXTRACTION, relations: [{ ...EXTRACTION.relations[0], target: 'trotski' }] }],
    ['two entities with one id', { ...EXTRACTION, entities: [...EXTRACTION.entities, EXTRACTION.entities[0]] }],
    ['an unknown relation type', { ...EXTRACTION, relations: [{ ...EXTRACTION.relations[0], type: 'LOVED' as 'LED' }] }],
  ])('refuses %s', (_label, extraction) => {
    expect(() => planIngest(extraction, 'doc', PLACEMENTS)).toThrow(InvalidInputError);
  });
});

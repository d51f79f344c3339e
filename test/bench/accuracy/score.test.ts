/**
 * The accuracy scorer's arithmetic on a four-line text annotated on lines 1–3: a symmetric
 * OPPOSED found reversed, an entity matched through a surface form only, a duplicate triple,
 * a relation and an entity beyond the annotated lines, a false triple and one below a threshold.
 */
import { figuresOf, sumCounts } from '../../../bench/accuracy/figures';
import type { Gold } from '../../../bench/accuracy/gold';
import { scorePassage, type ScoredExtraction } from '../../../bench/accuracy/score';

const text = [
  'Kerensky opposed the Bolsheviks.',
  'Lenin led the Bolsheviks; Kerenskys police arrested Lenin.',
  'The Bolsheviks held Petrograd.',
  'Kerensky opposed Trotsky.',
].join('\n');

const gold: Gold = {
  lines: [1, 3],
  language: 'en',
  entities: [
    { id: 'kerensky', type: 'Person', canonical: 'Alexander Kerensky', surface_forms: ['Kerensky', 'Kerenskys'], mention_lines: [1, 2] },
    { id: 'bolsheviks', type: 'Party', canonical: 'Bolsheviks', surface_forms: ['Bolsheviks'], mention_lines: [1, 2, 3] },
    { id: 'lenin', type: 'Person', canonical: 'Lenin', surface_forms: ['Lenin'], mention_lines: [2] },
    { id: 'petrograd', type: 'Place', canonical: 'Petrograd', surface_forms: ['Petrograd'], mention_lines: [3] },
  ],
  relations: [
    { subject: 'kerensky', predicate: 'OPPOSED', object: 'bolsheviks', line: 1, evidence: 'Kerensky opposed the Bolsheviks.', certainty: 'explicit' },
    { subject: 'lenin', predicate: 'LED', object: 'bolsheviks', line: 2, evidence: 'Lenin led the Bolsheviks; Kerenskys police arrested Lenin.', certainty: 'explicit' },
    { subject: 'kerensky', predicate: 'ARRESTED', object: 'lenin', line: 2, evidence: 'Lenin led the Bolsheviks; Kerenskys police arrested Lenin.', certainty: 'implied' },
  ],
};

const extraction: ScoredExtraction = {
  entities: [
    // "Kerenskys" is a surface form of the annotated entity, not its canonical name.
    { id: 'kerenskys', name: 'Kerenskys', type: 'Person', aliases: [], mentions: [{ line: 2, text: 'Kerenskys' }] },
    { id: 'bolsheviki', name: 'Bolsheviks', type: 'Party', aliases: [], mentions: [{ line: 1, text: 'Bolsheviks' }] },
    { id: 'soviet', name: 'Soviet', type: 'Person', aliases: [], mentions: [{ line: 3, text: 'Soviet' }] },
    { id: 'trotsky', name: 'Trotsky', type: 'Person', aliases: [], mentions: [{ line: 4, text: 'Trotsky' }] },
  ],
  relations: [
    { source: 'bolsheviki', type: 'OPPOSED', target: 'kerenskys', line: 1, evidence: 'Kerensky opposed the Bolsheviks.', date: '1917-07', confidence: 0.9 },
    { source: 'bolsheviki', type: 'OPPOSED', target: 'kerenskys', line: 1, evidence: 'Invented words.', date: '1917-07', confidence: 0.8 },
    { source: 'kerenskys', type: 'ARRESTED', target: 'bolsheviki', line: 2, evidence: 'Lenin led the Bolsheviks;\nKerenskys police', date: null, confidence: 0.4 },
    { source: 'kerenskys', type: 'OPPOSED', target: 'trotsky', line: 4, evidence: 'Kerensky opposed Trotsky.', date: null, confidence: 0.9 },
  ],
};

describe('scorePassage', () => {
  const counts = scorePassage(extraction, gold, text);

  test.each([
    ['entities named in the annotated lines', counts.entities, 3],
    ['of them matched (one through a surface form)', counts.entitiesMatched, 2],
    ['salient annotated entities, found', [counts.salientGold, counts.salientFound], [2, 2]],
    ['unique triples in range (the duplicate once, line 4 left out)', counts.triples, 2],
    ['true triples (OPPOSED found reversed)', counts.triplesTrue, 1],
    ['explicit triples, found', [counts.explicitTriples, counts.explicitFound], [2, 1]],
    ['all annotated triples, found', [counts.goldTriples, counts.goldTriplesFound], [3, 1]],
    ['relations in range, with verbatim evidence, dated', [counts.relations, counts.evidenceInText, counts.dated], [3, 2, 2]],
  ])('%s', (_label, actual, expected) => {
    expect(actual).toEqual(expected);
  });

  test('figures are the rounded ratios of the counts', () => {
    expect(figuresOf(counts)).toEqual({
      entityRecallSalient: 1,
      entityPrecision: 0.667,
      relationPrecision: 0.5,
      relationRecallExplicit: 0.5,
      relationRecallAll: 0.333,
      relationF1: 0.5,
      evidenceInText: 0.667,
      dated: 0.667,
    });
  });

  test('lists the missed explicit triple and the false one, by name', () => {
    expect(counts.missedExplicit.map((t) => `${t.subject} ${t.predicate} ${t.object} @${t.line}`)).toEqual(['Lenin LED Bolsheviks @2']);
    expect(counts.falseTriples.map((t) => `${t.subject} ${t.predicate} ${t.object} @${t.line}`)).toEqual(['Alexander Kerensky ARRESTED Bolsheviks @2']);
  });

  test('lists the extracted entities that match no annotated one, with their lines', () => {
    expect(counts.falseEntities).toEqual(['Soviet/Person (3)']);
  });

  test('a confidence threshold drops the weak relation before counting', () => {
    const strong = scorePassage(extraction, gold, text, { minConfidence: 0.5 });
    expect([strong.triples, strong.triplesTrue, strong.relations]).toEqual([1, 1, 2]);
    expect(figuresOf(strong).relationPrecision).toBe(1);
  });
});

describe('micro-average', () => {
  const counts = scorePassage(extraction, gold, text);
  const empty = scorePassage({ entities: [], relations: [] }, gold, text);

  test('sums counts before dividing, so an empty extraction halves recall but not precision', () => {
    const figures = figuresOf(sumCounts([counts, empty]));
    expect([figures.relationPrecision, figures.relationRecallExplicit, figures.entityRecallSalient]).toEqual([0.5, 0.25, 0.5]);
  });

  test('nothing to count gives 0, not NaN', () => {
    expect(figuresOf(empty)).toEqual({
      entityRecallSalient: 0, entityPrecision: 0, relationPrecision: 0, relationRecallExplicit: 0,
      relationRecallAll: 0, relationF1: 0, evidenceInText: 0, dated: 0,
    });
  });
});

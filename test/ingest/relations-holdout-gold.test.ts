/**
 * The hand annotations that relation recall is measured on beyond the development file
 * (fixtures/holdout-gold.json, lines 734–1300; fixtures/holdout2-gold.json, lines 1300–1860):
 * they must stay well formed, or scores on them mean nothing.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ENTITY_TYPES, RELATION_TYPES } from '../../domain/types';

interface GoldEntity { id: string; type: string; canonical: string; surface_forms: string[] }
interface GoldRelation { subject: string; predicate: string; object: string; line: number; evidence: string; certainty: string }
interface Gold { lines: [number, number]; entities: GoldEntity[]; relations: GoldRelation[] }

const corpus = readFileSync(join(__dirname, '..', '..', 'data', 'corpus', 'october-to-brest-litovsk.sv.txt'), 'utf8');
/** The corpus with words hyphenated over line ends joined and all whitespace single, as the scorer reads it. */
const flatCorpus = corpus.replace(/-\s*\n\s*/g, '').replace(/\s+/g, ' ');

const readGold = (file: string): Gold => JSON.parse(readFileSync(join(__dirname, 'fixtures', file), 'utf8')) as Gold;

describe.each([
  ['holdout-gold.json', [734, 1300], 60],
  ['holdout2-gold.json', [1300, 1860], 60],
])('%s', (file, range, minimumTriples) => {
  const gold = readGold(file);
  const ids = new Set(gold.entities.map((e) => e.id));
  const [first, last] = gold.lines;
  const triples = new Set(gold.relations.map((r) => `${r.subject}|${r.predicate}|${r.object}`));

  test.each([
    [`covers lines ${range.join('–')}`, gold.lines, range],
    [`at least ${minimumTriples} distinct triples`, triples.size >= minimumTriples, true],
    ['entity ids are unique', ids.size, gold.entities.length],
    ['every entity type is a domain type', gold.entities.filter((e) => !(ENTITY_TYPES as readonly string[]).includes(e.type)).map((e) => e.id), []],
    ['every entity has a surface form', gold.entities.filter((e) => e.surface_forms.length === 0).map((e) => e.id), []],
    ['every predicate is a relation type', gold.relations.filter((r) => !(RELATION_TYPES as readonly string[]).includes(r.predicate)).map((r) => r.line), []],
    ['every subject and object is an annotated entity', gold.relations.filter((r) => !ids.has(r.subject) || !ids.has(r.object)).map((r) => r.line), []],
    ['every line lies in the range', gold.relations.filter((r) => r.line < first || r.line > last).map((r) => r.line), []],
    ['every certainty is explicit or implied', gold.relations.filter((r) => r.certainty !== 'explicit' && r.certainty !== 'implied').map((r) => r.line), []],
    ['every evidence stands verbatim in the corpus', gold.relations.filter((r) => !flatCorpus.includes(r.evidence)).map((r) => r.line), []],
  ])('%s', (_label, actual, expected) => {
    expect(actual).toEqual(expected);
  });
});

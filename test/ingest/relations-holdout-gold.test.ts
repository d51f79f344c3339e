/**
 * The hand annotation of lines 734–1300 (fixtures/holdout-gold.json) that relation recall is measured
 * on: it must stay well formed, or scores on it mean nothing.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ENTITY_TYPES, RELATION_TYPES } from '../../domain/types';

interface GoldEntity { id: string; type: string; canonical: string; surface_forms: string[] }
interface GoldRelation { subject: string; predicate: string; object: string; line: number; evidence: string; certainty: string }
interface Gold { lines: [number, number]; entities: GoldEntity[]; relations: GoldRelation[] }

const gold = JSON.parse(readFileSync(join(__dirname, 'fixtures', 'holdout-gold.json'), 'utf8')) as Gold;
const corpus = readFileSync(join(__dirname, '..', '..', 'data', 'corpus', 'october-to-brest-litovsk.sv.txt'), 'utf8');
/** The corpus with words hyphenated over line ends joined and all whitespace single, as the scorer reads it. */
const flatCorpus = corpus.replace(/-\s*\n\s*/g, '').replace(/\s+/g, ' ');
const ids = new Set(gold.entities.map((e) => e.id));
const [first, last] = gold.lines;
const triples = new Set(gold.relations.map((r) => `${r.subject}|${r.predicate}|${r.object}`));

describe('holdout-gold.json', () => {
  test.each([
    ['covers lines 734–1300', gold.lines, [734, 1300]],
    ['at least 60 distinct triples', triples.size >= 60, true],
    ['entity ids are unique', ids.size, gold.entities.length],
    ['every entity type is a domain type', gold.entities.filter((e) => !(ENTITY_TYPES as readonly string[]).includes(e.type)).map((e) => e.id), []],
    ['every predicate is a relation type', gold.relations.filter((r) => !(RELATION_TYPES as readonly string[]).includes(r.predicate)).map((r) => r.line), []],
    ['every subject and object is an annotated entity', gold.relations.filter((r) => !ids.has(r.subject) || !ids.has(r.object)).map((r) => r.line), []],
    ['every line lies in the range', gold.relations.filter((r) => r.line < first || r.line > last).map((r) => r.line), []],
    ['every certainty is explicit or implied', gold.relations.filter((r) => r.certainty !== 'explicit' && r.certainty !== 'implied').map((r) => r.line), []],
    ['every evidence stands verbatim in the corpus', gold.relations.filter((r) => !flatCorpus.includes(r.evidence)).map((r) => r.line), []],
  ])('%s', (_label, actual, expected) => {
    expect(actual).toEqual(expected);
  });
});

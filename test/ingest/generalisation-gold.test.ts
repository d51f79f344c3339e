/**
 * The generalisation set (fixtures/generalisation/): passages by other authors, each with a hand
 * annotation in the format of the development gold. Scores on them mean nothing unless every
 * annotation is well formed and points at text that is really there, so each file is checked here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ENTITY_TYPES, RELATION_TYPES } from '../../domain/types';

interface GoldEntity { id: string; type: string; canonical: string; surface_forms: string[]; mention_lines: number[] }
interface GoldRelation {
  subject: string; predicate: string; object: string; when: string | null; line: number; evidence: string; certainty: string;
}
interface Gold {
  lines: [number, number];
  language: string;
  source: unknown;
  licence: string;
  entities: GoldEntity[];
  relations: GoldRelation[];
}

const folder = join(__dirname, 'fixtures', 'generalisation');
const goldFiles = readdirSync(folder).filter((name) => name.endsWith('.gold.json')).sort();

/** Single spaces for every run of whitespace, so text wrapped over lines compares with text that is not. */
const flat = (text: string): string => text.replace(/\s+/g, ' ').trim();
/** Also joins words hyphenated over a line end ("fän-\nrikarna"), as the scorers read the text. */
const dehyphenated = (text: string): string => flat(text.replace(/-\s*\n\s*/g, ''));

/** Whether a line, or the line with the next one (a name wrapped over the line end), holds one of the forms. */
function lineNames(lines: string[], line: number, forms: string[]): boolean {
  const window = lines.slice(line - 1, line + 1).join('\n');
  const texts = [flat(window), dehyphenated(window)].map((t) => t.toLowerCase());
  return forms.some((form) => texts.some((t) => t.includes(flat(form).toLowerCase())));
}

/** Whether the evidence stands verbatim in the text and starts on the given line. */
function evidenceStartsOn(lines: string[], line: number, evidence: string): boolean {
  const fromLine = flat(lines.slice(line - 1).join('\n'));
  const at = fromLine.indexOf(flat(evidence));
  return at >= 0 && at < flat(lines[line - 1] ?? '').length;
}

test('the generalisation set holds annotated passages', () => {
  expect(goldFiles.length).toBeGreaterThanOrEqual(5);
});

describe.each(goldFiles)('%s', (file) => {
  const gold = JSON.parse(readFileSync(join(folder, file), 'utf8')) as Gold;
  const lines = readFileSync(join(folder, file.replace(/\.gold\.json$/, '.txt')), 'utf8').replace(/\n$/, '').split('\n');
  const byId = new Map(gold.entities.map((e) => [e.id, e]));
  const [first, last] = gold.lines;
  const inRange = (line: number): boolean => Number.isInteger(line) && line >= first && line <= last;

  test.each([
    ['the range lies within the passage', first >= 1 && last <= lines.length && first <= last, true],
    ['the language is sv or en', ['sv', 'en'].includes(gold.language), true],
    ['the source and licence are recorded', Boolean(gold.source) && gold.licence.length > 0, true],
    ['entity ids are unique', byId.size, gold.entities.length],
    ['every entity type is a domain type', gold.entities.filter((e) => !(ENTITY_TYPES as readonly string[]).includes(e.type)).map((e) => e.id), []],
    ['every entity has a surface form', gold.entities.filter((e) => e.surface_forms.length === 0).map((e) => e.id), []],
    ['every entity is mentioned', gold.entities.filter((e) => e.mention_lines.length === 0).map((e) => e.id), []],
    ['every mention line lies in the range', gold.entities.filter((e) => !e.mention_lines.every(inRange)).map((e) => e.id), []],
    [
      'every mention line holds a surface form',
      gold.entities.flatMap((e) => e.mention_lines.filter((l) => !lineNames(lines, l, [e.canonical, ...e.surface_forms])).map((l) => `${e.id}@${l}`)),
      [],
    ],
    ['every predicate is a relation type', gold.relations.filter((r) => !(RELATION_TYPES as readonly string[]).includes(r.predicate)).map((r) => r.line), []],
    ['every subject and object is an annotated entity', gold.relations.filter((r) => !byId.has(r.subject) || !byId.has(r.object)).map((r) => r.line), []],
    ['no relation has a place at either end', gold.relations.filter((r) => byId.get(r.subject)?.type === 'Place' || byId.get(r.object)?.type === 'Place').map((r) => r.line), []],
    ['every relation line lies in the range', gold.relations.filter((r) => !inRange(r.line)).map((r) => r.line), []],
    ['every date is an ISO year, month or day', gold.relations.filter((r) => r.when !== null && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(r.when)).map((r) => r.line), []],
    ['every certainty is explicit or implied', gold.relations.filter((r) => r.certainty !== 'explicit' && r.certainty !== 'implied').map((r) => r.line), []],
    ['every evidence stands verbatim in the text, from its line', gold.relations.filter((r) => !evidenceStartsOn(lines, r.line, r.evidence)).map((r) => r.line), []],
  ])('%s', (_label, actual, expected) => {
    expect(actual).toEqual(expected);
  });
});

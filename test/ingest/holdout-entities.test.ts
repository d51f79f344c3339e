/**
 * Entity quality on a stretch of the corpus the gazetteer was not tuned on: lines 1300–2000, annotated
 * by hand (test/ingest/fixtures/holdout-entities-gold.json) with the conventions of the development
 * annotation. Names match case-insensitively with spaces and hyphens ignored, as the evaluation does.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Entity } from '../../domain/types';
import { extract } from '../../ingest/pipeline';

interface GoldEntity {
  id: string;
  type: string;
  canonical: string;
  surface_forms: string[];
  mention_lines: number[];
}

const ROOT = path.join(__dirname, '..', '..');
const CORPUS = readFileSync(path.join(ROOT, 'data/corpus/october-to-brest-litovsk.sv.txt'), 'utf8');
const GOLD = JSON.parse(readFileSync(path.join(__dirname, 'fixtures/holdout-entities-gold.json'), 'utf8')) as {
  lines: [number, number];
  entities: GoldEntity[];
};
const [FIRST_LINE, LAST_LINE] = GOLD.lines;

const squash = (name: string): string => name.normalize('NFC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** The gold id a project entity stands for: any of its names equal to a gold name or surface form. */
function goldIdOf(entity: Entity, goldIdByName: ReadonlyMap<string, string>): string | undefined {
  const names = [entity.name, ...entity.aliases, ...entity.mentions.map((m) => m.text)];
  for (const name of names) {
    const id = goldIdByName.get(squash(name));
    if (id) return id;
  }
  return undefined;
}

describe('holdout annotation (lines 1300–2000)', () => {
  const goldIdByName = new Map<string, string>();
  for (const g of GOLD.entities) for (const form of [g.canonical, ...g.surface_forms]) goldIdByName.set(squash(form), g.id);
  const entities = extract(CORPUS).entities.filter((e) => e.mentions.some((m) => m.line >= FIRST_LINE && m.line <= LAST_LINE));
  const matched = new Map(entities.map((e) => [e.id, goldIdOf(e, goldIdByName)]));
  const salient = GOLD.entities.filter((g) => g.mention_lines.length >= 2);
  const foundIds = new Set(matched.values());

  test('every gold surface form stands in the annotated lines', () => {
    const annotated = squash(CORPUS.split('\n').slice(FIRST_LINE - 1, LAST_LINE).join(' '));
    const absent = GOLD.entities.flatMap((g) => g.surface_forms.filter((form) => !annotated.includes(squash(form))));
    expect(absent).toEqual([]);
  });

  test('recall on entities mentioned on two or more lines is at least 0.90', () => {
    const missed = salient.filter((g) => !foundIds.has(g.id)).map((g) => g.canonical);
    expect({ recall: (salient.length - missed.length) / salient.length >= 0.9, missed }).toMatchObject({ recall: true });
  });

  test('precision over the entities found there is at least 0.85', () => {
    const unmatched = entities.filter((e) => matched.get(e.id) === undefined).map((e) => `${e.name}/${e.type}`);
    expect({ precision: (entities.length - unmatched.length) / entities.length >= 0.85, unmatched }).toMatchObject({ precision: true });
  });

  test('salient people, parties and places keep the annotated type', () => {
    const typeById = new Map(entities.map((e) => [matched.get(e.id), e.type]));
    const mistyped = salient
      .filter((g) => ['Person', 'Party', 'Place'].includes(g.type) && typeById.has(g.id) && typeById.get(g.id) !== g.type)
      .map((g) => `${g.canonical}: ${typeById.get(g.id)} ≠ ${g.type}`);
    expect(mistyped).toEqual([]);
  });
});

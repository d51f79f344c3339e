/**
 * A hand annotation of a text, in the format of `../shared/eval/dev-gold.json`: the entities with
 * every surface form and the lines that name them, and the relations with their evidence. Read
 * once here, with a clear message when a file is not such an annotation.
 */
import { readFileSync } from 'node:fs';
import type { Language } from '../../domain/types';

export interface GoldEntity {
  id: string;
  type: string;
  canonical: string;
  surface_forms: string[];
  mention_lines?: number[];
}

export interface GoldRelation {
  subject: string;
  predicate: string;
  object: string;
  line: number;
  evidence: string;
  certainty: 'explicit' | 'implied';
  when?: string | null;
}

export interface Gold {
  /** The annotated lines, first and last; the whole text when absent. */
  lines?: [number, number];
  language?: Language;
  entities: GoldEntity[];
  relations: GoldRelation[];
}

/** Reads and checks the shape of an annotation file; throws an Error naming the file otherwise. */
export function readGold(file: string): Gold {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${file}: not a readable JSON annotation (${(error as Error).message})`);
  }
  const gold = parsed as Partial<Gold>;
  if (!Array.isArray(gold.entities) || !Array.isArray(gold.relations)) {
    throw new Error(`${file}: an annotation needs "entities" and "relations" arrays`);
  }
  if (gold.language !== undefined && gold.language !== 'sv' && gold.language !== 'en') {
    throw new Error(`${file}: unknown language "${String(gold.language)}" (sv or en)`);
  }
  return gold as Gold;
}

/** The passages of the generalisation set: each annotation with its text, by slug. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readGold, type Gold } from './gold';

export const SET_FOLDER = resolve(__dirname, '..', '..', 'test', 'ingest', 'fixtures', 'generalisation');

export interface Passage {
  slug: string;
  gold: Gold;
  text: string;
}

/** The slugs of the set, sorted. */
export function setSlugs(): string[] {
  return readdirSync(SET_FOLDER).filter((f) => f.endsWith('.gold.json')).map((f) => f.replace(/\.gold\.json$/, '')).sort();
}

/** One passage of the set; throws when its files cannot be read. */
export function setPassage(slug: string): Passage {
  return { slug, gold: readGold(join(SET_FOLDER, `${slug}.gold.json`)), text: readFileSync(join(SET_FOLDER, `${slug}.txt`), 'utf8') };
}

/**
 * The gazetteer as data: the names of this corpus and of the period, by type. Rules in
 * ingest/mentions find names that are not here; this list makes the known ones certain and typed.
 */
import type { LexiconEntry } from './entry';
import { PARTIES } from './parties';
import { PEOPLE } from './people';
import { PLACES } from './places';
import { ORGANIZATIONS } from './organizations';
import { REGIMENTS } from './regiments';

export type { DatedForm, LexiconEntry } from './entry';
export { isCurrentOn } from './entry';

export const LEXICON: readonly LexiconEntry[] = [...ORGANIZATIONS, ...REGIMENTS, ...PARTIES, ...PEOPLE, ...PLACES];

/**
 * The keys a searched name stands for: each inflection variant of it ("Kerenskis" → "kerenskis",
 * "kerenski"), plain and transliteration-folded. The graph's search matches them against stored
 * entity keys; the page ranks the entities it holds with the same keys, so both find the same names.
 */
import { nameKeys } from './name-key';
import { inflectionVariants } from './swedish-morphology';

/**
 * @example queryKeys('Kerenskis') // ['kerenskis', 'kerenski']
 * @example queryKeys('Kerensky') // ['kerensky', 'kerenski']
 */
export function queryKeys(query: string): string[] {
  return nameKeys(inflectionVariants(query));
}

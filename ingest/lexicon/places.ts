/** Cities, countries, regions, buildings, fortresses and stations. */
import type { LexiconEntry } from './entry';

const place = (name: string, ...variants: string[]): LexiconEntry => ({ name, type: 'Place', variants });

export const PLACES: readonly LexiconEntry[] = [place('Petrograd'), place('Moskva', 'Moskwa'), place('Smolnij')];

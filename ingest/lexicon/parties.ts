/** Parties and factions, named in Swedish by their members' plural ("bolsjevikerna"). */
import type { LexiconEntry } from './entry';

const party = (name: string, ...variants: string[]): LexiconEntry => ({ name, type: 'Party', variants });

export const PARTIES: readonly LexiconEntry[] = [
  party('Bolsjevikerna', 'bolsjevikpartiet'),
  party('Mensjevikerna'),
  party('Socialrevolutionärerna'),
  party('Kadetterna'),
];

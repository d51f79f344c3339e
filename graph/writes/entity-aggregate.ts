/**
 * An entity's stored summary (aliases, mentionCount, search keys) is derived from the per-document
 * MENTIONS_ENTITY links, so that replacing or deleting one document recomputes it exactly.
 */
import { nameKeys } from '../../domain/names/name-key';

/** What one document says about one entity, as stored on its (:Document)-[:MENTIONS_ENTITY]->(:Entity) link. */
export interface EntityLinkSummary {
  count: number;
  names: string[];
}

export interface EntityAggregate {
  aliases: string[];
  mentionCount: number;
  /** Keys of every name and alias. */
  keys: string[];
  /** Keys of the canonical name alone, so search can rank the name above an alias. */
  nameKeys: string[];
}

/**
 * Aliases are every name any document used except the canonical one; mentionCount is the total
 * over documents; keys index the name and every alias for search and merging.
 * @example aggregateEntity('Kerenski', [{ count: 3, names: ['Kerenski', 'Kerenskis'] }, { count: 2, names: ['Kerensky'] }])
 * // { aliases: ['Kerenskis', 'Kerensky'], mentionCount: 5, keys: ['kerenski', 'kerenskis', 'kerensky'], nameKeys: ['kerenski'] }
 */
export function aggregateEntity(name: string, links: readonly EntityLinkSummary[]): EntityAggregate {
  const aliases = [...new Set(links.flatMap((link) => link.names))].filter((alias) => alias !== name).sort();
  return {
    aliases,
    mentionCount: links.reduce((total, link) => total + link.count, 0),
    keys: nameKeys([name, ...aliases]),
    nameKeys: nameKeys([name]),
  };
}

import type { EntitySummary, GraphNode } from '../../domain/api';
import { exactMatchIndex, mergeSuggestions, rankEntities, scoreEntity } from '../../client/src/search-ranking';
import { SMALL_GRAPH } from './fixtures/small-graph';

const nodes: GraphNode[] = [
  ...SMALL_GRAPH.nodes,
  { id: 'trotskij', name: 'Trotskij', type: 'Person', aliases: ['Trotskijs'], mentionCount: 15 },
  { id: 'tjernoff', name: 'Tjernoff', type: 'Person', aliases: [], mentionCount: 5 },
  { id: 'kerenskaja', name: 'Kerenskaja', type: 'Person', aliases: [], mentionCount: 1 },
];

describe('rankEntities', () => {
  test.each([
    ['Kerenski', 'kerenski'],
    ['Kerenskis', 'kerenski'],
    ['Kerensky', 'kerenski'],
    ['kerenskij', 'kerenski'],
    ['Trotsky', 'trotskij'],
    ['Trotskijs', 'trotskij'],
    ['Chernov', 'tjernoff'],
    ['bolsjevikernas', 'bolsjevikerna'],
    ['garnisonen', 'petrograds_garnison'],
    ['Petrograds', 'petrograd'],
    ['Kor', 'kornilov'],
  ])('%s finds %s first', (query, id) => {
    expect(rankEntities(query, nodes, 5)[0]?.node.id).toBe(id);
  });

  test('no match, no suggestion', () => {
    expect(rankEntities('Napoleon', nodes, 5)).toEqual([]);
    expect(rankEntities('   ', nodes, 5)).toEqual([]);
  });

  test('an exact name beats a longer name it is the prefix of', () => {
    const ids = rankEntities('Kerensk', nodes, 5).map((ranked) => ranked.node.id);
    expect(ids.slice(0, 2).sort()).toEqual(['kerenskaja', 'kerenski']);
    expect(scoreEntity('Kerenski', nodes[0] as GraphNode)).toBeGreaterThan(scoreEntity('Kerenski', nodes.at(-1) as GraphNode));
  });
});

describe('mergeSuggestions', () => {
  test('keeps local order, adds what only the API found below it, and respects the limit', () => {
    const local = rankEntities('Kerensky', nodes, 5);
    const remote: EntitySummary[] = [
      { id: 'kerenski', name: 'Kerenski', type: 'Person', aliases: [], mentionCount: 40, score: 9 },
      { id: 'kerenskij_regeringen', name: 'den provisoriska regeringen', type: 'Organization', aliases: [], mentionCount: 7, score: 5 },
    ];
    const merged = mergeSuggestions('Kerensky', local, remote, 5);
    expect(merged[0]?.node.id).toBe('kerenski');
    expect(merged.map((ranked) => ranked.node.id)).toContain('kerenskij_regeringen');
    expect(merged.filter((ranked) => ranked.node.id === 'kerenski')).toHaveLength(1);
    expect(mergeSuggestions('Kerensky', local, remote, 1)).toHaveLength(1);
    expect('score' in (merged.find((ranked) => ranked.node.id === 'kerenskij_regeringen')?.node ?? {})).toBe(false);
  });
});

describe('exactMatchIndex', () => {
  const ranked = (query: string) => rankEntities(query, nodes, 8);
  test.each([
    ['the typed name, whatever the case', 'kerenski', 'kerenski'],
    ['an alias', 'Trotskijs', 'trotskij'],
    ['a transliteration of the name', 'Kerenskij', 'kerenski'],
  ])('%s is highlighted', (_label, query, id) => {
    const suggestions = ranked(query);
    expect(suggestions[exactMatchIndex(query, suggestions)]?.node.id).toBe(id);
  });

  test.each(['Keren', 'Kerensk', '   '])('"%s" is no name: nothing is highlighted', (query) => {
    expect(exactMatchIndex(query, ranked(query))).toBe(-1);
  });
});

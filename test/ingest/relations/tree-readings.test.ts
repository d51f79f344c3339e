/** The relations stage with a parsed sentence: tree readings beside the word-order ones, older spelling, reported speech. */
import type { Language, Mention } from '../../../domain/types';
import { extractRelations } from '../../../ingest/relations';
import { modernSpelling } from '../../../ingest/orthography';
import { buildCase, type MentionSpec } from '../fixtures/relations-fixture';
import { handAnalysis } from './hand-tree';

const entityOf = (m: Mention): string => m.key;

/** The relations of one sentence, read with the hand tree (written over the sentence in modern spelling) as its analysis. */
function read(text: string, language: Language, mentions: MentionSpec[], tree?: string) {
  const { sentence, mentions: placed } = buildCase(text, mentions);
  const analysed = language === 'sv' ? modernSpelling(text).text : text;
  const analyses = tree ? () => handAnalysis(analysed, tree) : undefined;
  return extractRelations([sentence], placed, entityOf, language, { analyses }).map((r) => `${r.source} ${r.type} ${r.target} ${r.rule}${r.attributedTo ? ` by ${r.attributedTo}` : ''}`);
}

describe('extractRelations with a dependency tree', () => {
  const fronted = 'Till bolsjevikerna öfvergick slutligen regementet.';
  const frontedTree = 'Till/till/ADP/2/case bolsjevikerna/bolsjevik/NOUN/3/obl övergick/övergå/VERB/0/root slutligen/slutligen/ADV/3/advmod regementet/regemente/NOUN/3/nsubj ././PUNCT/3/punct';
  const frontedMentions: MentionSpec[] = [['bolsjevikerna', 'Party'], ['regementet', 'Regiment']];

  test('a fronted object in pre-1906 spelling is read from the tree, which word order alone misses', () => {
    expect(read(fronted, 'sv', frontedMentions)).toEqual([]);
    expect(read(fronted, 'sv', frontedMentions, frontedTree)).toEqual(['regementet JOINED bolsjevikerna sv.join.tree']);
  });

  test('where word order reads the same claim, the tree reading is the one kept', () => {
    const text = 'Kerensky dismissed Kornilov.';
    const tree = 'Kerensky/Kerensky/PROPN/2/nsubj dismissed/dismiss/VERB/0/root Kornilov/Kornilov/PROPN/2/obj ././PUNCT/2/punct';
    const mentions: MentionSpec[] = [['Kerensky', 'Person'], ['Kornilov', 'Person']];
    expect(read(text, 'en', mentions)).toEqual(['kerensky OPPOSED kornilov en.oppose']);
    expect(read(text, 'en', mentions, tree)).toEqual(['kerensky OPPOSED kornilov en.oppose.tree']);
  });

  test('a sentence without a cue word is not parsed at all', () => {
    const text = 'Kerensky and Kornilov lived in Moscow.';
    const tree = 'Kerensky/Kerensky/PROPN/4/nsubj and/and/CCONJ/3/cc Kornilov/Kornilov/PROPN/1/conj lived/live/VERB/0/root in/in/ADP/6/case Moscow/Moscow/PROPN/4/obl ././PUNCT/4/punct';
    const mentions: MentionSpec[] = [['Kerensky', 'Person'], ['Kornilov', 'Person'], ['Moscow', 'Place']];
    const { sentence, mentions: placed } = buildCase(text, mentions);
    const parsed: string[] = [];
    const analyses = () => {
      const analysis = handAnalysis(text, tree);
      return { ...analysis, arcs: () => (parsed.push(text), analysis.arcs()) };
    };
    expect(extractRelations([sentence], placed, entityOf, 'en', { analyses })).toEqual([]);
    expect(parsed).toEqual([]);
    const cued = 'Kerensky dismissed Kornilov.';
    const cuedTree = 'Kerensky/Kerensky/PROPN/2/nsubj dismissed/dismiss/VERB/0/root Kornilov/Kornilov/PROPN/2/obj ././PUNCT/2/punct';
    const both = buildCase(cued, [['Kerensky', 'Person'], ['Kornilov', 'Person']]);
    const cuedAnalyses = () => {
      const analysis = handAnalysis(cued, cuedTree);
      return { ...analysis, arcs: () => (parsed.push(cued), analysis.arcs()) };
    };
    extractRelations([both.sentence], both.mentions, entityOf, 'en', { analyses: cuedAnalyses });
    expect(parsed).toEqual([cued]);
  });

  test('a claim read from the tree inside reported words records who said it', () => {
    const text = 'Kornilov claimed that the Government had betrayed the army.';
    const tree =
      'Kornilov/Kornilov/PROPN/2/nsubj claimed/claim/VERB/0/root that/that/SCONJ/7/mark the/the/DET/5/det Government/government/PROPN/7/nsubj had/have/AUX/7/aux ' +
      'betrayed/betray/VERB/2/ccomp the/the/DET/9/det army/army/NOUN/7/obj ././PUNCT/2/punct';
    const mentions: MentionSpec[] = [['Kornilov', 'Person'], ['Government', 'Organization', 'government'], ['army', 'Regiment']];
    expect(read(text, 'en', mentions, tree)).toEqual(['government OPPOSED army en.oppose.tree by kornilov']);
  });
});

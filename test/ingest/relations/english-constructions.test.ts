/**
 * English constructions of the generalisation set's misses, pinned with invented sentences and the
 * trees our parser gives them (mistakes included, where a rule is there to survive one): messages
 * and envoys, "with the support of", names the parser hangs in the wrong place, a body named as a
 * role's modifier, "the leaders of X" acting for X, strife "between X and Y", a participle
 * "consisting of" in apposition, a body's organ "of" the body, a unit "under" its commander in OCR
 * text, adopting a party's resolutions. Each has a negated or refused form that reads nothing.
 */
import type { Language, Mention } from '../../../domain/types';
import { extractRelations } from '../../../ingest/relations';
import { buildCase, type MentionSpec } from '../fixtures/relations-fixture';
import { handAnalysis } from './hand-tree';

const entityOf = (m: Mention): string => m.key;

/** The triples the relations stage reads in one sentence with its tree. */
function triples(text: string, mentions: MentionSpec[], tree: string, language: Language): string[] {
  const { sentence, mentions: placed } = buildCase(text, mentions);
  const relations = extractRelations([sentence], placed, entityOf, language, { analyses: () => handAnalysis(text, tree) });
  return [...new Set(relations.map((r) => `${r.source} ${r.type} ${r.target}`))].sort();
}

interface Case {
  /** English unless said. */
  language?: Language;
  text: string;
  tree: string;
  mentions: MentionSpec[];
  expected: string[];
}

const run = (cases: Record<string, Case>) =>
  test.each(Object.entries(cases))('%s', (_label, c) => {
    expect(triples(c.text, c.mentions, c.tree, c.language ?? 'en')).toEqual([...c.expected].sort());
  });

describe('messages and envoys are dealings between the two: NEGOTIATED_WITH', () => {
  run({
    'a telegram to someone': {
      text: 'Kerensky telegraphed General Kornilov.',
      tree: 'Kerensky/Kerensky/PROPN/2/nsubj telegraphed/telegraph/VERB/0/root General/general/ADJ/4/amod Kornilov/Kornilov/PROPN/2/obj ././PUNCT/2/punct',
      mentions: [['Kerensky', 'Person'], ['Kornilov', 'Person']],
      expected: ['kerensky NEGOTIATED_WITH kornilov'],
    },
    '"wrote to"': {
      text: 'Lenin wrote to Trotsky in March.',
      tree: 'Lenin/Lenin/PROPN/2/nsubj wrote/write/VERB/0/root to/to/ADP/4/case Trotsky/Trotsky/PROPN/2/obl in/in/ADP/6/case March/March/PROPN/2/obl ././PUNCT/2/punct',
      mentions: [['Lenin', 'Person'], ['Trotsky', 'Person']],
      expected: ['lenin NEGOTIATED_WITH trotsky'],
    },
    '"sent envoys to"': {
      text: 'The Rada sent envoys to the Germans.',
      tree: 'The/the/DET/2/det Rada/Rada/PROPN/3/nsubj sent/send/VERB/0/root envoys/envoy/NOUN/3/obj to/to/ADP/7/case the/the/DET/7/det Germans/German/PROPN/3/obl ././PUNCT/3/punct',
      mentions: [['Rada', 'Organization'], ['Germans', 'Organization']],
      expected: ['rada NEGOTIATED_WITH germans'],
    },
    'a telegram not sent states nothing': {
      text: 'Kerensky did not telegraph Kornilov.',
      tree: 'Kerensky/Kerensky/PROPN/4/nsubj did/do/AUX/4/aux not/not/PART/4/advmod telegraph/telegraph/VERB/0/root Kornilov/Kornilov/PROPN/4/obj ././PUNCT/4/punct',
      mentions: [['Kerensky', 'Person'], ['Kornilov', 'Person']],
      expected: [],
    },
    'a delegation refused states nothing': {
      text: 'The Soviet refused to send a delegation to the Rada.',
      tree: 'The/the/DET/2/det Soviet/Soviet/PROPN/3/nsubj refused/refuse/VERB/0/root to/to/PART/5/mark send/send/VERB/3/xcomp a/a/DET/7/det delegation/delegation/NOUN/5/obj to/to/ADP/10/case the/the/DET/10/det Rada/Rada/PROPN/5/obl ././PUNCT/3/punct',
      mentions: [['Soviet', 'Organization'], ['Rada', 'Organization']],
      expected: [],
    },
  });
});

describe('disowning a government is opposing it', () => {
  run({
    '"disavowed"': {
      text: 'Carranza disavowed the new government.',
      tree: 'Carranza/Carranza/PROPN/2/nsubj disavowed/disavow/VERB/0/root the/the/DET/5/det new/new/ADJ/5/amod government/government/NOUN/2/obj ././PUNCT/2/punct',
      mentions: [['Carranza', 'Person'], ['government', 'Organization']],
      expected: ['carranza OPPOSED government'],
    },
    '"never disavowed"': {
      text: 'Carranza never disavowed the government.',
      tree: 'Carranza/Carranza/PROPN/3/nsubj never/never/ADV/3/advmod disavowed/disavow/VERB/0/root the/the/DET/5/det government/government/NOUN/3/obj ././PUNCT/3/punct',
      mentions: [['Carranza', 'Person'], ['government', 'Organization']],
      expected: [],
    },
  });
});

describe('a name the parser hangs in the wrong place still fills the role of its title', () => {
  run({
    'a name hung from its title by a bare nmod (no preposition)': {
      text: 'Nathan conferred with the Lord Lieutenant, Lord Wimborne.',
      tree: 'Nathan/Nathan/PROPN/2/nsubj conferred/confer/VERB/0/root with/with/ADP/6/case the/the/DET/6/det Lord/Lord/PROPN/6/compound Lieutenant/Lieutenant/PROPN/2/obl ,/,/PUNCT/8/punct Lord/Lord/PROPN/6/appos Wimborne/Wimborne/PROPN/6/nmod ././PUNCT/2/punct',
      mentions: [['Nathan', 'Person'], ['Wimborne', 'Person']],
      expected: ['nathan NEGOTIATED_WITH wimborne'],
    },
    'a name in apposition hung from the verb beside its title': {
      text: 'Kerensky telegraphed the commander, General Kornilov, at once.',
      tree: 'Kerensky/Kerensky/PROPN/2/nsubj telegraphed/telegraph/VERB/0/root the/the/DET/4/det commander/commander/NOUN/2/obj ,/,/PUNCT/7/punct General/general/ADJ/7/amod Kornilov/Kornilov/PROPN/2/obl ,/,/PUNCT/7/punct at/at/ADP/10/case once/once/ADV/2/advmod ././PUNCT/2/punct',
      mentions: [['Kerensky', 'Person'], ['Kornilov', 'Person']],
      expected: ['kerensky NEGOTIATED_WITH kornilov'],
    },
    'the subject of the next clause is no apposition': {
      text: 'Kerensky met the ambassador, and Kornilov left.',
      tree: 'Kerensky/Kerensky/PROPN/2/nsubj met/meet/VERB/0/root the/the/DET/4/det ambassador/ambassador/NOUN/2/obj ,/,/PUNCT/8/punct and/and/CCONJ/8/cc Kornilov/Kornilov/PROPN/8/nsubj left/leave/VERB/2/conj ././PUNCT/2/punct',
      mentions: [['Kerensky', 'Person'], ['Kornilov', 'Person']],
      expected: [],
    },
  });
});

describe('a body named as the modifier of a role qualifies the person, and is no argument itself', () => {
  run({
    '"[Org] leader [Person] met X": the person met X, the body did not': {
      text: 'Clan na Gael leader John Devoy met Bernstorff.',
      tree: 'Clan/Clan/PROPN/7/nsubj na/to/PART/4/advmod Gael/Gael/PROPN/4/compound leader/leader/NOUN/1/appos John/John/PROPN/7/nsubj Devoy/Devoy/PROPN/5/flat met/meet/VERB/0/root Bernstorff/Bernstorff/PROPN/7/obj ././PUNCT/7/punct',
      mentions: [['Clan na Gael', 'Organization', 'clan'], ['John Devoy', 'Person', 'devoy'], ['Bernstorff', 'Person']],
      expected: ['devoy LED clan', 'devoy NEGOTIATED_WITH bernstorff'],
    },
    '"a [Org] member of [Body]": the person is a member of both, the body of neither': {
      text: 'Alderman Kelly, a Sinn Féin member of the Corporation, spoke.',
      tree: 'Alderman/Alderman/PROPN/0/root Kelly/Kelly/PROPN/1/flat ,/,/PUNCT/7/punct a/a/DET/7/det Sinn/Sinn/PROPN/7/compound Féin/Féin/PROPN/5/flat member/member/NOUN/1/appos of/of/ADP/10/case the/the/DET/10/det Corporation/corporation/NOUN/7/nmod ,/,/PUNCT/12/punct spoke/speak/VERB/1/parataxis ././PUNCT/1/punct',
      mentions: [['Alderman Kelly', 'Person', 'kelly'], ['Sinn Féin', 'Party', 'sinn_fein'], ['Corporation', 'Organization', 'corporation']],
      expected: ['kelly MEMBER_OF sinn_fein', 'kelly MEMBER_OF corporation'],
    },
  });
});

describe('"with the support of X": X supported whoever the phrase accompanies', () => {
  run({
    'a fronted phrase, parsed as a second subject after a subordinator "With"': {
      text: 'With the support of the Mensheviks, Kerensky dissolved the Duma.',
      tree: 'With/with/SCONJ/9/mark the/the/DET/3/det support/support/NOUN/9/nsubj of/of/ADP/6/case the/the/DET/6/det Mensheviks/Mensheviks/PROPN/3/nmod ,/,/PUNCT/3/punct Kerensky/Kerensky/PROPN/9/nsubj dissolved/dissolve/VERB/0/root the/the/DET/11/det Duma/Duma/PROPN/9/obj ././PUNCT/9/punct',
      mentions: [['Mensheviks', 'Party'], ['Kerensky', 'Person'], ['Duma', 'Organization']],
      expected: ['mensheviks SUPPORTED kerensky', 'kerensky OPPOSED duma'],
    },
    'a phrase modifying the subject noun': {
      text: 'The Government, with the support of the Mensheviks, ordered an attack.',
      tree: 'The/the/DET/2/det Government/government/NOUN/11/nsubj ,/,/PUNCT/6/punct with/with/ADP/6/case the/the/DET/6/det support/support/NOUN/2/nmod of/of/ADP/9/case the/the/DET/9/det Mensheviks/Mensheviks/PROPN/6/nmod ,/,/PUNCT/2/punct ordered/order/VERB/0/root an/a/DET/13/det attack/attack/NOUN/11/obj ././PUNCT/11/punct',
      mentions: [['Government', 'Organization'], ['Mensheviks', 'Party']],
      expected: ['mensheviks SUPPORTED government'],
    },
    'the giver as a genitive: "with Kerensky\'s approval"': {
      text: "With Kerensky's approval, Kornilov marched on Petrograd.",
      tree: "With/with/SCONJ/4/case Kerensky/Kerensky/PROPN/4/nmod:poss 's/'s/PART/2/case approval/approval/NOUN/7/obl ,/,/PUNCT/4/punct Kornilov/Kornilov/PROPN/7/nsubj marched/march/VERB/0/root on/on/ADP/9/case Petrograd/Petrograd/PROPN/7/obl ././PUNCT/7/punct",
      mentions: [['Kerensky', 'Person'], ['Kornilov', 'Person'], ['Petrograd', 'Place']],
      expected: ['kerensky SUPPORTED kornilov'],
    },
    '"without the support of" states nothing': {
      text: 'Without the support of the Mensheviks, Kerensky fell.',
      tree: 'Without/without/ADP/3/case the/the/DET/3/det support/support/NOUN/9/obl of/of/ADP/6/case the/the/DET/6/det Mensheviks/Mensheviks/PROPN/3/nmod ,/,/PUNCT/3/punct Kerensky/Kerensky/PROPN/9/nsubj fell/fall/VERB/0/root ././PUNCT/9/punct',
      mentions: [['Mensheviks', 'Party'], ['Kerensky', 'Person']],
      expected: [],
    },
    'a pronoun taken for a giver inside the phrase reads nothing between the givers': {
      text: "With the support of Hobson and O'Rahilly, he issued a countermand.",
      tree: "With/with/SCONJ/10/mark the/the/DET/3/det support/support/NOUN/10/nsubj of/of/ADP/5/case Hobson/Hobson/PROPN/3/nmod and/and/CCONJ/7/cc O'Rahilly/O'Rahilly/PROPN/5/conj ,/,/PUNCT/3/punct he/he/PRON/10/nsubj issued/issue/VERB/0/root a/a/DET/12/det countermand/countermand/NOUN/10/obj ././PUNCT/10/punct",
      mentions: [['Hobson', 'Person'], ["O'Rahilly", 'Person', 'orahilly']],
      expected: [],
    },
  });
});

describe('"the leaders of X" act for X', () => {
  run({
    'the leaders of a party meet someone: the party does': {
      text: 'The leaders of the Bolsheviks met with Kerensky.',
      tree: 'The/the/DET/2/det leaders/leader/NOUN/6/nsubj of/of/ADP/5/case the/the/DET/5/det Bolsheviks/Bolshevik/PROPN/2/nmod met/meet/VERB/0/root with/with/ADP/8/case Kerensky/Kerensky/PROPN/6/obl ././PUNCT/6/punct',
      mentions: [['Bolsheviks', 'Party'], ['Kerensky', 'Person']],
      expected: ['bolsheviks NEGOTIATED_WITH kerensky'],
    },
    'leaders who did not meet him': {
      text: 'The leaders of the Bolsheviks never met Kerensky.',
      tree: 'The/the/DET/2/det leaders/leader/NOUN/7/nsubj of/of/ADP/5/case the/the/DET/5/det Bolsheviks/Bolshevik/PROPN/2/nmod never/never/ADV/7/advmod met/meet/VERB/0/root Kerensky/Kerensky/PROPN/7/obj ././PUNCT/7/punct',
      mentions: [['Bolsheviks', 'Party'], ['Kerensky', 'Person']],
      expected: [],
    },
  });
});

describe('a noun of strife or talks "between X and Y" joins the two, unless denied', () => {
  run({
    '"the contention between X and Y"': {
      text: 'The contention between Langiewicz and Mieroslawski ruined the rising.',
      tree: 'The/the/DET/2/det contention/contention/NOUN/7/nsubj between/between/ADP/4/case Langiewicz/Langiewicz/PROPN/2/nmod and/and/CCONJ/6/cc Mieroslawski/Mieroslawski/PROPN/4/conj ruined/ruin/VERB/0/root the/the/DET/9/det rising/rising/NOUN/7/obj ././PUNCT/7/punct',
      mentions: [['Langiewicz', 'Person'], ['Mieroslawski', 'Person']],
      expected: ['langiewicz OPPOSED mieroslawski'],
    },
    '"no quarrel between X and Y"': {
      text: 'There was no quarrel between Langiewicz and Mieroslawski.',
      tree: 'There/there/PRON/2/expl was/be/VERB/0/root no/no/DET/4/det quarrel/quarrel/NOUN/2/nsubj between/between/ADP/6/case Langiewicz/Langiewicz/PROPN/4/nmod and/and/CCONJ/8/cc Mieroslawski/Mieroslawski/PROPN/6/conj ././PUNCT/2/punct',
      mentions: [['Langiewicz', 'Person'], ['Mieroslawski', 'Person']],
      expected: [],
    },
    '"ingen strid mellan X och Y" (Swedish)': {
      language: 'sv',
      text: 'Det blev ingen strid mellan bolsjevikerna och mensjevikerna.',
      tree: 'Det/den/PRON/2/nsubj blev/bli/VERB/0/root ingen/ingen/DET/4/det strid/strid/NOUN/2/xcomp mellan/mellan/ADP/6/case bolsjevikerna/bolsjeviker/NOUN/4/nmod och/och/CCONJ/8/cc mensjevikerna/mensjeviker/NOUN/6/conj ././PUNCT/2/punct',
      mentions: [['bolsjevikerna', 'Party'], ['mensjevikerna', 'Party']],
      expected: [],
    },
  });
});

describe('"X, consisting of A and B": A and B are members of X', () => {
  run({
    'an -ing form tagged as a noun in apposition': {
      text: 'The Military Council, consisting of Pearse and Plunkett, met.',
      tree: 'The/the/DET/3/det Military/military/ADJ/3/amod Council/Council/PROPN/11/nsubj ,/,/PUNCT/5/punct consisting/consisting/NOUN/3/appos of/of/ADP/7/case Pearse/Pearse/PROPN/5/nmod and/and/CCONJ/9/cc Plunkett/Plunkett/PROPN/7/conj ,/,/PUNCT/11/punct met/meet/VERB/0/root ././PUNCT/11/punct',
      mentions: [['Military Council', 'Organization', 'council'], ['Pearse', 'Person'], ['Plunkett', 'Person']],
      expected: ['pearse MEMBER_OF council', 'plunkett MEMBER_OF council'],
    },
    '"composed of", parsed as the main verb': {
      text: 'The Military Council, composed of Pearse and Plunkett, met.',
      tree: 'The/the/DET/3/det Military/military/ADJ/3/amod Council/Council/PROPN/5/nsubj ,/,/PUNCT/5/punct composed/compose/VERB/0/root of/of/ADP/7/case Pearse/Pearse/PROPN/5/obl and/and/CCONJ/9/cc Plunkett/Plunkett/PROPN/7/conj ,/,/PUNCT/11/punct met/meet/VERB/5/conj ././PUNCT/5/punct',
      mentions: [['Military Council', 'Organization', 'council'], ['Pearse', 'Person'], ['Plunkett', 'Person']],
      expected: ['pearse MEMBER_OF council', 'plunkett MEMBER_OF council'],
    },
    'hung from the object of a preposition inside the phrase: the whole phrase is said to consist': {
      text: 'Clarke established a Military Council within the IRB, consisting of Pearse and Plunkett.',
      tree: 'Clarke/Clarke/PROPN/2/nsubj established/establish/VERB/0/root a/a/DET/5/det Military/military/ADJ/5/amod Council/Council/PROPN/2/obj within/within/ADP/8/case the/the/DET/8/det IRB/irb/NOUN/5/nmod ,/,/PUNCT/10/punct consisting/consisting/NOUN/8/appos of/of/ADP/12/case Pearse/Pearse/PROPN/10/nmod and/and/CCONJ/14/cc Plunkett/Plunkett/PROPN/12/conj ././PUNCT/2/punct',
      mentions: [['Clarke', 'Person'], ['Military Council', 'Organization', 'council'], ['IRB', 'Organization', 'irb'], ['Pearse', 'Person'], ['Plunkett', 'Person']],
      expected: ['pearse MEMBER_OF council', 'plunkett MEMBER_OF council', 'council MEMBER_OF irb'],
    },
    '"not consisting of"': {
      text: 'The Military Council, not consisting of Pearse, met.',
      tree: 'The/the/DET/3/det Military/military/ADJ/3/amod Council/Council/PROPN/10/nsubj ,/,/PUNCT/6/punct not/not/PART/6/advmod consisting/consist/VERB/3/acl of/of/ADP/8/case Pearse/Pearse/PROPN/6/obl ,/,/PUNCT/10/punct met/meet/VERB/0/root ././PUNCT/10/punct',
      mentions: [['Military Council', 'Organization', 'council'], ['Pearse', 'Person']],
      expected: [],
    },
  });
});

describe('a body\'s organ named "of" the body is part of it', () => {
  run({
    'coordinated organs "of the Bolsheviks"': {
      text: 'The Central Committee and the Petrograd Committee of the Bolsheviks met there.',
      tree: 'The/the/DET/3/det Central/Central/PROPN/3/compound Committee/Committee/PROPN/11/nsubj and/and/CCONJ/7/cc the/the/DET/7/det Petrograd/Petrograd/PROPN/7/compound Committee/Committee/PROPN/3/conj of/of/ADP/10/case the/the/DET/10/det Bolsheviks/Bolsheviks/PROPN/7/nmod met/meet/VERB/0/root there/there/ADV/11/advmod ././PUNCT/11/punct',
      mentions: [['Central Committee', 'Organization', 'cc'], ['Petrograd Committee', 'Organization', 'pc'], ['Bolsheviks', 'Party']],
      expected: ['cc MEMBER_OF bolsheviks', 'pc MEMBER_OF bolsheviks'],
    },
    'a place after "of" is no body': {
      text: 'The Central Committee of Finland met there.',
      tree: 'The/the/DET/3/det Central/Central/PROPN/3/compound Committee/Committee/PROPN/6/nsubj of/of/ADP/5/case Finland/Finland/PROPN/3/nmod met/meet/VERB/0/root there/there/ADV/6/advmod ././PUNCT/6/punct',
      mentions: [['Central Committee', 'Organization', 'cc'], ['Finland', 'Place']],
      expected: [],
    },
  });
});

describe('a unit "under" its commander, with the stray points of OCR text', () => {
  run({
    '"forces. under .Marshal X"': {
      text: 'Operations were begun by the Government forces. under .Marshal MacMahon, for the capture of Paris.',
      tree: 'Operations/operation/NOUN/3/nsubj:pass were/be/AUX/3/aux:pass begun/begin/VERB/0/root by/by/ADP/7/case the/the/DET/7/det Government/government/NOUN/7/compound forces/force/NOUN/3/obl:agent ././PUNCT/9/punct under/under/NOUN/3/parataxis ././PUNCT/12/punct Marshal/Marshal/PROPN/12/compound MacMahon/MacMahon/PROPN/3/obl ,/,/PUNCT/16/punct for/for/ADP/16/case the/the/DET/16/det capture/capture/NOUN/12/nmod of/of/ADP/18/case Paris/Paris/PROPN/16/nmod ././PUNCT/3/punct',
      mentions: [['Government forces', 'Regiment', 'forces'], ['MacMahon', 'Person'], ['Paris', 'Place']],
      expected: ['macmahon LED forces'],
    },
    'a clause break before "under" reads nothing': {
      text: 'The Government forces fought on, not under MacMahon.',
      tree: 'The/the/DET/3/det Government/government/NOUN/3/compound forces/force/NOUN/4/nsubj fought/fight/VERB/0/root on/on/ADP/9/case ,/,/PUNCT/9/punct not/not/PART/9/advmod under/under/ADP/9/case MacMahon/MacMahon/PROPN/4/obl ././PUNCT/4/punct',
      mentions: [['Government forces', 'Regiment', 'forces'], ['MacMahon', 'Person']],
      expected: [],
    },
  });
});

describe('adopting a party\'s resolutions is siding with it', () => {
  run({
    '"adopted the Bolshevik resolutions"': {
      text: 'The Moscow Soviet adopted the Bolshevik resolutions.',
      tree: 'The/the/DET/3/det Moscow/Moscow/PROPN/3/compound Soviet/Soviet/PROPN/4/nsubj adopted/adopt/VERB/0/root the/the/DET/7/det Bolshevik/Bolshevik/PROPN/7/compound resolutions/resolution/NOUN/4/obj ././PUNCT/4/punct',
      mentions: [['Moscow Soviet', 'Organization', 'soviet'], ['Bolshevik', 'Party', 'bolsheviks']],
      expected: ['soviet SUPPORTED bolsheviks'],
    },
    '"did not adopt"': {
      text: 'The Moscow Soviet did not adopt the Bolshevik resolutions.',
      tree: 'The/the/DET/3/det Moscow/Moscow/PROPN/3/compound Soviet/Soviet/PROPN/6/nsubj did/do/AUX/6/aux not/not/PART/6/advmod adopt/adopt/VERB/0/root the/the/DET/9/det Bolshevik/Bolshevik/PROPN/9/compound resolutions/resolution/NOUN/6/obj ././PUNCT/6/punct',
      mentions: [['Moscow Soviet', 'Organization', 'soviet'], ['Bolshevik', 'Party', 'bolsheviks']],
      expected: [],
    },
  });
});

/**
 * Swedish constructions of side-taking, help, command and messages, read the way a document is
 * read: each sentence analysed and parsed by the trained models, the mentions given by hand so the
 * test is about relations alone. Also the pronoun rule these constructions lean on, in both languages. Modern and pre-1906 spelling; every construction also has a
 * negated or refused form that must state nothing. The sentences are made up.
 */
import type { Language, Mention } from '../../../domain/types';
import { analyse } from '../../../ingest/analyse';
import { extractRelations } from '../../../ingest/relations';
import { buildCase, type MentionSpec, type RelationCase } from '../fixtures/relations-fixture';

const REGEMENTET = ['Volhyniska regementet', 'Regiment', 'volhyn'] as const;
const BOLSJEVIKERNA = ['bolsjevikernas', 'Party', 'bolsjevikerna'] as const;

const CASES: Array<[label: string, RelationCase]> = [
  // a side held is support, a side taken is joining; denied when the verb is negated
  ['standing on a side', { text: 'Volhyniska regementet stod nu helt på bolsjevikernas sida.', mentions: [[...REGEMENTET], [...BOLSJEVIKERNA]], expected: ['volhyn SUPPORTED bolsjevikerna'] }],
  ['fighting on a side (old spelling)', { text: 'Kosackerna kämpade ännu på Kerenskis sida, hvilket alla visste.', mentions: [['Kosackerna', 'Regiment', 'kosackerna'], ['Kerenskis', 'Person', 'kerenski']], expected: ['kosackerna SUPPORTED kerenski'] }],
  ['taking a side', { text: 'Volhyniska regementet ställde sig på bolsjevikernas sida.', mentions: [[...REGEMENTET], [...BOLSJEVIKERNA]], expected: ['volhyn JOINED bolsjevikerna'] }],
  ['standing on a side in an inverted clause', { text: 'I juli stod Volhyniska regementet på bolsjevikernas sida.', mentions: [[...REGEMENTET], [...BOLSJEVIKERNA]], expected: ['volhyn SUPPORTED bolsjevikerna'] }],
  ['not standing on a side in an inverted clause', { text: 'I juli stod Volhyniska regementet icke på bolsjevikernas sida.', mentions: [[...REGEMENTET], [...BOLSJEVIKERNA]], expected: [] }],
  ['not joining in an inverted clause (old spelling)', { text: 'Derpå anslöt sig Volhyniska regementet icke till bolsjevikerna.', mentions: [[...REGEMENTET], ['bolsjevikerna', 'Party', 'bolsjevikerna']], expected: [] }],
  ['not standing on a side', { text: 'Volhyniska regementet stod icke på bolsjevikernas sida.', mentions: [[...REGEMENTET], [...BOLSJEVIKERNA]], expected: [] }],
  // joining with "gå med i"
  ['going into a body', { text: 'Volhyniska regementet gick med i Röda gardet.', mentions: [[...REGEMENTET], ['Röda gardet', 'Regiment', 'roda']], expected: ['volhyn JOINED roda'] }],
  ['not going into a body', { text: 'Volhyniska regementet gick aldrig med i Röda gardet.', mentions: [[...REGEMENTET], ['Röda gardet', 'Regiment', 'roda']], expected: [] }],
  // coming to someone's aid: the one helped is the object or the genitive
  ['hurrying an ally to help (old spelling)', { text: 'Gustaf Adolf ilade sin bundsförvandt Johan Georg till hjälp.', mentions: [['Gustaf Adolf', 'Person', 'gustaf'], ['Johan Georg', 'Person', 'georg']], expected: ['gustaf SUPPORTED georg'] }],
  ['coming to the genitive\'s relief (old plural)', { text: 'Kosackerna kommo till Kerenskis undsättning.', mentions: [['Kosackerna', 'Regiment', 'kosackerna'], ['Kerenskis', 'Person', 'kerenski']], expected: ['kosackerna SUPPORTED kerenski'] }],
  ['refusing to come to someone\'s relief', { text: 'Kosackerna vägrade att komma till Kerenskis undsättning.', mentions: [['Kosackerna', 'Regiment', 'kosackerna'], ['Kerenskis', 'Person', 'kerenski']], expected: [] }],
  // help received: the helper is the one after "av"/"från"
  ['receiving support from a general (old spelling)', { text: 'Vegesack fick understöd af general Boije.', mentions: [['Vegesack', 'Person', 'vegesack'], ['Boije', 'Person', 'boije']], expected: ['boije SUPPORTED vegesack'] }],
  ['receiving help from a state', { text: 'Senaten erhöll hjälp från Tyskland.', mentions: [['Senaten', 'Organization', 'senaten'], ['Tyskland', 'Organization', 'tyskland']], expected: ['tyskland SUPPORTED senaten'] }],
  ['receiving no support', { text: 'Vegesack fick icke understöd af general Boije.', mentions: [['Vegesack', 'Person', 'vegesack'], ['Boije', 'Person', 'boije']], expected: [] }],
  // a unit commanded by someone, with the older agent marker "utaf"
  ['a participle with its agent after "utaf"', { text: 'Den utaf general Cederström kommenderade kåren ryckte fram.', mentions: [['Cederström', 'Person', 'cederstrom'], ['kåren', 'Regiment', 'karen']], expected: ['cederstrom LED karen'] }],
  // obeying; refusing to obey is taking the other side
  ['obeying a commander', { text: 'Volhyniska regementet lydde Kerenski.', mentions: [[...REGEMENTET], ['Kerenski', 'Person', 'kerenski']], expected: ['volhyn SUPPORTED kerenski'] }],
  ['not obeying a commander', { text: 'Volhyniska regementet lydde icke Kerenski.', mentions: [[...REGEMENTET], ['Kerenski', 'Person', 'kerenski']], expected: [] }],
  ['refusing to obey a commander is opposing him', { text: 'Volhyniska regementet vägrade att lyda Kerenski.', mentions: [[...REGEMENTET], ['Kerenski', 'Person', 'kerenski']], expected: ['volhyn OPPOSED kerenski'] }],
  // command taken
  ['taking command (old spelling)', { text: 'General Mannerheim tog befäl öfver Finska armén.', mentions: [['Mannerheim', 'Person', 'mannerheim'], ['Finska armén', 'Regiment', 'finska']], expected: ['mannerheim LED finska'] }],
  // hindering and crushing
  // hindering someone is opposing him; what he is kept from did not happen
  ['hindering someone', { text: 'Wallenstein ville hindra Gustaf Adolf från att förena sig med sachsarna.', mentions: [['Wallenstein', 'Person', 'wallenstein'], ['Gustaf Adolf', 'Person', 'gustaf'], ['sachsarna', 'Regiment', 'sachsarna']], expected: ['wallenstein OPPOSED gustaf'] }],
  ['crushing a party', { text: 'Volhyniska regementet kväste bolsjevikerna i juli.', mentions: [[...REGEMENTET], ['bolsjevikerna', 'Party', 'bolsjevikerna']], expected: ['volhyn OPPOSED bolsjevikerna'] }],
  ['clashing with a unit', { text: 'Volhyniska regementet drabbade samman med Röda gardet.', mentions: [[...REGEMENTET], ['Röda gardet', 'Regiment', 'roda']], expected: ['volhyn OPPOSED roda'] }],
  // two sides named together, with no one else to do it with: each did it with the other
  ['two units clash', { text: 'Röda gardet och skyddskåren drabbade samman vid Hagnäs torg.', mentions: [['Röda gardet', 'Regiment', 'roda'], ['skyddskåren', 'Regiment', 'skydd']], expected: ['roda OPPOSED skydd'] }],
  ['two units never clash', { text: 'Röda gardet och skyddskåren drabbade aldrig samman.', mentions: [['Röda gardet', 'Regiment', 'roda'], ['skyddskåren', 'Regiment', 'skydd']], expected: [] }],
  ['two states make peace (old plural)', { text: 'Sverige och Danmark slöto fred i Brömsebro.', mentions: [['Sverige', 'Organization', 'sverige'], ['Danmark', 'Organization', 'danmark']], expected: ['sverige NEGOTIATED_WITH danmark'] }],
  ['two negotiating together with a third do not negotiate with each other', { text: 'Kerenski och Savinkoff förhandlade med Korniloff.', mentions: [['Kerenski', 'Person', 'kerenski'], ['Savinkoff', 'Person', 'savinkoff'], ['Korniloff', 'Person', 'korniloff']], expected: ['kerenski NEGOTIATED_WITH korniloff', 'savinkoff NEGOTIATED_WITH korniloff'] }],
  // a stance towards someone's men, orders or policy is a stance towards them; an arrest of someone's men is not his arrest
  ['recognising a body\'s commissars (old spelling)', { text: 'Regementena erkände hädanefter allenast sovjetens kommissarier.', mentions: [['Regementena', 'Regiment', 'reg'], ['sovjetens', 'Organization', 'sovjet']], expected: ['reg SUPPORTED sovjet'] }],
  ['fighting a party\'s agitation', { text: 'Garnisonen bekämpade bolsjevikernas agitation.', mentions: [['Garnisonen', 'Regiment', 'garnisonen'], ['bolsjevikernas', 'Party', 'bolsjevikerna']], expected: ['garnisonen OPPOSED bolsjevikerna'] }],
  ['not supporting someone\'s policy', { text: 'Garnisonen stödde icke Kerenskis politik.', mentions: [['Garnisonen', 'Regiment', 'garnisonen'], ['Kerenskis', 'Person', 'kerenski']], expected: [] }],
  ['arresting someone\'s adjutant', { text: 'Kosackerna häktade Kerenskis adjutant.', mentions: [['Kosackerna', 'Regiment', 'kosackerna'], ['Kerenskis', 'Person', 'kerenski']], expected: [] }],
  // messages and treaties
  ['writing to someone (old spelling)', { text: 'Därjämte skref Dacke till Svante Sture.', mentions: [['Dacke', 'Person', 'dacke'], ['Svante Sture', 'Person', 'sture']], expected: ['dacke NEGOTIATED_WITH sture'] }],
  ['sending messengers to someone', { text: 'Kurfursten Johan Georg skickade bud till Gustaf Adolf.', mentions: [['Johan Georg', 'Person', 'georg'], ['Gustaf Adolf', 'Person', 'gustaf']], expected: ['georg NEGOTIATED_WITH gustaf'] }],
  ['sending a telegram to someone', { text: 'Kerenski sände ett telegram till Korniloff.', mentions: [['Kerenski', 'Person', 'kerenski'], ['Korniloff', 'Person', 'korniloff']], expected: ['kerenski NEGOTIATED_WITH korniloff'] }],
  ['sending no telegram', { text: 'Kerenski sände aldrig något telegram till Korniloff.', mentions: [['Kerenski', 'Person', 'kerenski'], ['Korniloff', 'Person', 'korniloff']], expected: [] }],
  ['not writing to someone', { text: 'Dacke skref aldrig till Svante Sture.', mentions: [['Dacke', 'Person', 'dacke'], ['Svante Sture', 'Person', 'sture']], expected: [] }],
  ['an armistice concluded', { text: 'Cronstedt ingick stillestånd med ryssarna.', mentions: [['Cronstedt', 'Person', 'cronstedt'], ['ryssarna', 'Regiment', 'ryssarna']], expected: ['cronstedt NEGOTIATED_WITH ryssarna'] }],
];

const entityOf = (m: Mention): string => m.key;

/** The triples read from a paragraph of sentences, each analysed and parsed in `language`. */
function triplesOf(language: Language, ...cases: Array<Pick<RelationCase, 'text' | 'mentions'>>): string[] {
  const built = cases.map(({ text, mentions }, index) => {
    const { sentence, mentions: placed } = buildCase(text, mentions);
    return { sentence: { ...sentence, index, line: index + 1 }, mentions: placed.map((m) => ({ ...m, sentence: index, line: index + 1 })) };
  });
  const analyses = cases.map(({ text }) => analyse(text, language));
  const relations = extractRelations(built.map((b) => b.sentence), built.flatMap((b) => b.mentions), entityOf, language, { analyses: (i) => analyses[i] });
  return [...new Set(relations.map((r) => `${r.source} ${r.type} ${r.target}`))].sort();
}

describe('extractRelations: Swedish side-taking, help, command and messages, parsed', () => {
  test.each(CASES)('%s', (_label, relationCase) => {
    expect(triplesOf('sv', relationCase)).toEqual([...relationCase.expected].sort());
  });

  test('English too: support of a body\'s men is support of the body', () => {
    const mentions: MentionSpec[] = [['garrison', 'Regiment', 'garrison'], ['Soviet', 'Organization', 'soviet']];
    expect(triplesOf('en', { text: "The garrison supported the Soviet's commissars.", mentions })).toEqual(['garrison SUPPORTED soviet']);
  });

  test('English too: what someone is prevented from doing did not happen', () => {
    const mentions: MentionSpec[] = [['Austrians', 'Regiment', 'austrians'], ['Görgey', 'Person', 'gorgey'], ['Russians', 'Regiment', 'russians']];
    expect(triplesOf('en', { text: 'The Austrians prevented Görgey from joining the Russians.', mentions })).not.toContain('gorgey JOINED russians');
  });
});

describe('extractRelations: a reciprocal verb split by its inverted subjects, by word order alone', () => {
  const mentions: MentionSpec[] = [['Röda gardet', 'Regiment', 'roda'], ['skyddskåren', 'Regiment', 'skydd']];
  const read = (text: string) => {
    const { sentence, mentions: placed } = buildCase(text, mentions);
    return extractRelations([sentence], placed, entityOf, 'sv').map((r) => `${r.source} ${r.type} ${r.target}`);
  };

  test('"Sedan drabbade X och Y samman": each opposed the other', () => {
    expect(read('Sedan drabbade Röda gardet och skyddskåren samman vid Hagnäs.')).toEqual(['roda OPPOSED skydd']);
  });

  test('negated, nothing', () => {
    expect(read('Sedan drabbade Röda gardet och skyddskåren icke samman.')).toEqual([]);
  });
});

describe('extractRelations: a subject pronoun never stands for another argument of its clause', () => {
  test('"han" passes over the opponent named in its own clause (Swedish)', () => {
    const before = { text: 'En kejserlig armé under Gallas följde Torstensson i spåren.', mentions: [['Gallas', 'Person', 'gallas'], ['Torstensson', 'Person', 'torstensson']] as MentionSpec[] };
    const after = { text: 'Han ryckte då hastigt ned mot Gallas.', mentions: [['Gallas', 'Person', 'gallas']] as MentionSpec[] };
    expect(triplesOf('sv', before, after)).toEqual(['torstensson OPPOSED gallas']);
  });

  test('"han" after the verb of an inverted clause is its subject (old spelling); negated, nothing', () => {
    const before = { text: 'Hertig Karl väntade på Sigismund vid Stångebro.', mentions: [['Hertig Karl', 'Person', 'karl'], ['Sigismund', 'Person', 'sigismund'], ['Stångebro', 'Place', 'stangebro']] as MentionSpec[] };
    const after = (text: string) => ({ text, mentions: [['Sigismund', 'Person', 'sigismund']] as MentionSpec[] });
    expect(triplesOf('sv', before, after('Där angrep han Sigismund i gryningen.'))).toEqual(['karl OPPOSED sigismund']);
    expect(triplesOf('sv', before, after('Der angrep han icke Sigismund.'))).toEqual([]);
  });

  test('"he" passes over the one he attacks (English), read although the sentence names only him', () => {
    const before = { text: 'Leslie waited for Cromwell at Dunbar.', mentions: [['Leslie', 'Person', 'leslie'], ['Cromwell', 'Person', 'cromwell'], ['Dunbar', 'Place', 'dunbar']] as MentionSpec[] };
    const after = { text: 'At dawn he attacked Leslie.', mentions: [['Leslie', 'Person', 'leslie']] as MentionSpec[] };
    expect(triplesOf('en', before, after)).toEqual(['cromwell OPPOSED leslie']);
  });
});

/** The narrator's "vi", "oss" and "vårt parti": read as a party only once the document names the party it speaks for. */
import type { Language, Mention, Sentence } from '../../domain/types';
import { extractRelations } from '../../ingest/relations';
import { buildCase, type MentionSpec } from './fixtures/relations-fixture';

const entityOf = (m: Mention): string => m.key;

/** A one-paragraph document of several sentences, each with its mentions. */
function documentOf(parts: Array<[string, MentionSpec[]]>): { sentences: Sentence[]; mentions: Mention[] } {
  const built = parts.map(([text, specs], index) => {
    const { sentence, mentions } = buildCase(text, specs);
    return { sentence: { ...sentence, index, line: index + 1 }, mentions: mentions.map((m) => ({ ...m, sentence: index, line: index + 1 })) };
  });
  return { sentences: built.map((b) => b.sentence), mentions: built.flatMap((b) => b.mentions) };
}

const DECLARES_SV: [string, MentionSpec[]] = ['Vi, bolsjeviker, mottog varje ny avdelning på gatan.', [['bolsjeviker', 'Party', 'bolsjevikerna']]];
const DECLARES_EN: [string, MentionSpec[]] = ['We Bolsheviks met every new detachment in the street.', [['Bolsheviks', 'Party', 'bolsjevikerna']]];

const CASES: Array<[label: string, language: Language, parts: Array<[string, MentionSpec[]]>, expected: string[]]> = [
  ['"oss" after a declared party', 'sv', [DECLARES_SV, ['Generalstaben hotade oss med repressalier.', [['Generalstaben', 'Organization', 'generalstaben']]]], ['generalstaben OPPOSED bolsjevikerna']],
  ['"vårt parti" as a subject', 'sv', [DECLARES_SV, ['Vårt parti bröt med förparlamentet.', [['förparlamentet', 'Organization']]]], ['bolsjevikerna OPPOSED förparlamentet']],
  ['negotiations with "oss"', 'sv', [DECLARES_SV, ['Rayonstaben öppnade underhandlingar med oss.', [['Rayonstaben', 'Organization', 'generalstaben']]]], ['generalstaben NEGOTIATED_WITH bolsjevikerna']],
  ['no declared party: "oss" stays unread', 'sv', [['Generalstaben hotade oss med repressalier.', [['Generalstaben', 'Organization', 'generalstaben']]]], []],
  ['a quoted "vi" is the speaker\'s', 'sv', [DECLARES_SV, ['Tseretelli sade: ”vi bekämpade Korniloff”.', [['Tseretelli', 'Person'], ['Korniloff', 'Person']]]], []],
  ['"mot oss" is never a subject', 'sv', [DECLARES_SV, ['De förde kampen mot oss, som mot Kerenski.', [['Kerenski', 'Person']]]], []],
  ['"på vår sida": "vår" before a side is the narrator', 'sv', [DECLARES_SV, ['Garnisonen stod nu helt på vår sida.', [['Garnisonen', 'Regiment', 'garnisonen']]]], ['garnisonen SUPPORTED bolsjevikerna']],
  ['"vår" before any other noun is not', 'sv', [DECLARES_SV, ['Garnisonen stödde vår tidning.', [['Garnisonen', 'Regiment', 'garnisonen']]]], []],
  ['English "our side" after "we Bolsheviks"', 'en', [DECLARES_EN, ['The garrison went over to our side.', [['garrison', 'Regiment', 'garnisonen']]]], ['garnisonen JOINED bolsjevikerna']],
  ['English "us" after "we Bolsheviks"', 'en', [DECLARES_EN, ['The staff threatened us.', [['staff', 'Organization', 'generalstaben']]]], ['generalstaben OPPOSED bolsjevikerna']],
];

describe('extractRelations: the narrator', () => {
  test.each(CASES)('%s', (_label, language, parts, expected) => {
    const { sentences, mentions } = documentOf(parts);
    const triples = extractRelations(sentences, mentions, entityOf, language).map((r) => `${r.source} ${r.type} ${r.target}`);
    expect(triples.sort()).toEqual([...expected].sort());
  });
});

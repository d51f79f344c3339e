/**
 * Capitalised words that name no entity, read from general evidence (position after a footnote
 * mark, an office or its field, an event noun, a file name, a month written short, the English
 * lexicon), and names whose full span the rules keep.
 */
import { mentionsOf } from './mentions-of';

describe('capitalised words that name nothing', () => {
  test('a word after a full stop and a footnote mark opens a sentence', () => {
    expect(mentionsOf(['MacNeill agreed to act in 1916.[34] Unbeknownst to MacNeill, Pearse had written it.'], 'en')).not.toContain('Unbeknownst/Person');
  });

  test('an office alone and the field of an office are no one', () => {
    const found = mentionsOf(['Pearse was Director of Training, and Birrell was Chief Secretary.', 'Pearse was Commander-in-Chief of the army.'], 'en');
    expect(found).toContain('Pearse/Person');
    expect(found.filter((m) => /Training|Chief/u.test(m))).toEqual([]);
  });

  test('the office held in a named body keeps the body', () => {
    expect(mentionsOf(['Trotsky was Chairman of the Petrograd Soviet.'], 'en')).toContain('Petrograd Soviet/Organization');
  });

  test('an event named by its last noun, numeral aside', () => {
    expect(mentionsOf(['Shortly after the outbreak of World War I, Roger Casement went to Berlin.'], 'en').filter((m) => m.startsWith('World'))).toEqual([]);
  });

  test('words inside a file name left by a web copy', () => {
    expect(mentionsOf(['19170704_Riot_on_Nevsky_prosp_Petrograd.jpg On 16 July, workers marched.'], 'en')).toEqual([]);
  });

  test('a month written short before its day', () => {
    expect(mentionsOf(['On the night of Sept. 15 a squad of the Dublin police seized the office.'], 'en').filter((m) => m.startsWith('Sept'))).toEqual([]);
  });

  test('an abbreviation inside a sentence, a title or a word cut short, is no name', () => {
    const en = mentionsOf(['He freed Gen. Pedro Ortiz and met Capt. Hugh Boyle.', 'From Vol. Seamus Dolan he heard the news.'], 'en');
    expect(en).toEqual(expect.arrayContaining(['Pedro Ortiz/Person', 'Hugh Boyle/Person', 'Seamus Dolan/Person']));
    expect(en.filter((m) => /^(?:Gen|Capt|Vol)\//u.test(m))).toEqual([]);
    const sv = mentionsOf(['Enligt Gen. Lagerhjelm och Kapt. Ulfsparre var hären slagen.'], 'sv');
    expect(sv.filter((m) => /^(?:Gen|Kapt)\//u.test(m))).toEqual([]);
  });

  test('a month written short after its day is a date', () => {
    expect(mentionsOf(['On the morning of 23 Feb the guards mutinied.'], 'en').filter((m) => m.startsWith('Feb'))).toEqual([]);
  });

  test('an office qualified or in the plural is no one', () => {
    const found = mentionsOf(['They seized Ortiz and Ramos, the Vice-President.', 'In one day the country had three Presidents, and two Deputy Governors.'], 'en');
    expect(found.filter((m) => /President|Governor/u.test(m))).toEqual([]);
  });

  test('a role noun right before a title is no name', () => {
    expect(mentionsOf(['I byn träffades Befälhafvaren General Lagerbring, som vägrade.'], 'sv').filter((m) => m.startsWith('Befälhafvaren'))).toEqual([]);
    expect(mentionsOf(['At the bridge stood Commandant General Brennan with his men.'], 'en').filter((m) => m.startsWith('Commandant'))).toEqual([]);
  });

  test('a compound ending in a rank is a role, not a name', () => {
    expect(mentionsOf(['Sedan misslyckades Kosackgeneralens äventyr helt.'], 'sv')).toEqual([]);
    expect(mentionsOf(['Then the Fieldmarshal rode to the front.'], 'en')).toEqual([]);
  });

  test('a hyphenated common word is no name', () => {
    expect(mentionsOf(['Right-wingers felt betrayed by the vote.'], 'en')).toEqual([]);
    expect(mentionsOf(['Partiets vänster var stark.', 'Vänster-sinnade ville strejka.'], 'sv')).toEqual([]);
  });

  test('an English "-ist" word between an article and a noun is an adjective', () => {
    expect(mentionsOf(['He hid, as he had under the Tsarist regime.'], 'en')).toEqual([]);
  });

  test('a Swedish common noun in the definite form before a name is no part of it', () => {
    const found = mentionsOf(['Gränsfästningen Narvas försvar brast.', 'Sedan föll Narva.'], 'sv');
    expect(found.filter((m) => m.startsWith('Gränsfästningen'))).toEqual([]);
    expect(found.filter((m) => m.startsWith('Narva'))).toHaveLength(2);
  });

  test('a word opening a sentence after a dash, or after a full stop the segmenter passed, is no proper noun by position', () => {
    expect(mentionsOf(['— Nåväl, vad står att göra!'], 'sv')).toEqual([]);
    expect(mentionsOf(['— Alas, what is to be done!'], 'en')).toEqual([]);
  });

  test('an abstract noun is no name', () => {
    expect(mentionsOf(['Both men claimed the Dictatorship after the defeat.'], 'en')).toEqual([]);
    expect(mentionsOf(['De kämpade för Friheten och mot Despotismen hela kriget.'], 'sv')).toEqual([]);
  });

  test('a name ending in a document noun names a text, not an actor', () => {
    expect(mentionsOf(['The officials said the "Kildare Memorandum" was forged.'], 'en').filter((m) => m.includes('Memorandum'))).toEqual([]);
  });

  test('a Swedish adjective of nationality, capitalised in older print, is no name', () => {
    expect(mentionsOf(['Kosackerna stodo nu på Svensk botten.'], 'sv').filter((m) => m.startsWith('Svensk'))).toEqual([]);
  });

  test('a common English word capitalised by position, even before its verb', () => {
    expect(mentionsOf(['Kerensky agreed.[13] Details remain disputed.'], 'en').filter((m) => m.startsWith('Details'))).toEqual([]);
  });
});

describe('names kept whole', () => {
  test('a body named with its "of" phrase, the phrase no entity of its own', () => {
    const found = mentionsOf(['The Central Committee of the Russian Social Democratic Labour Party met in Petrograd.'], 'en');
    expect(found).toContain('Central Committee of the Russian Social Democratic Labour Party/Organization');
    expect(found.filter((m) => m.startsWith('Russian'))).toEqual([]);
  });

  test('a group acting on its own after "of" stays its own mention', () => {
    expect(mentionsOf(['The Petrograd Committee of the Bolsheviks met.'], 'en')).toContain('Bolsheviks/Party');
  });

  test('a listed surname keeps the given name before it', () => {
    expect(mentionsOf(['The government ordered the arrest and trial of Vladimir Lenin.'], 'en')).toContain('Vladimir Lenin/Person');
  });

  test('a name starting O\' and a ruler with his numeral', () => {
    expect(mentionsOf(['The police took Jeremiah O\'Donovan-Rossa into custody.'], 'en')).toContain("Jeremiah O'Donovan-Rossa/Person");
    expect(mentionsOf(['Sedan kejsar Alexander I förgäfves uppmanat konungen.'], 'sv')).toContain('Alexander I/Person');
  });

  test('a capitalised "The" inside a sentence belongs to the name', () => {
    expect(mentionsOf(['The rebels then seized The Barracks, a stone fort.'], 'en')).toContain('The Barracks/Place');
    expect(mentionsOf(['With Sean Hales and The MacDermot, he issued an order.'], 'en')).toContain('The MacDermot/Person');
  });

  test('a capitalised "The" after a caption\'s residue opens the sentence instead', () => {
    expect(mentionsOf(['[[File:Hales.jpg|Hales]] The Supreme Council met.'], 'en')).toContain('Supreme Council/Organization');
  });

  test('an article keeps a known place at the head of a longer name', () => {
    expect(mentionsOf(['Then the Orange River Free State declared war.'], 'en')).toContain('Orange River Free State/Organization');
  });

  test('a rank in the definite form opening the sentence stays with the name', () => {
    expect(mentionsOf(['Markgrefven Albrekt säges ha flytt.'], 'sv')).toContain('Markgrefven Albrekt/Person');
  });

  test('a peerage style is part of the name', () => {
    expect(mentionsOf(['The viceroy, Lord Carnwath, issued two proclamations.'], 'en')).toContain('Lord Carnwath/Person');
  });

  test('a building named by "of" and its owner', () => {
    expect(mentionsOf(['The crowd gathered at the Palace of Orlova, where the committee sat.'], 'en')).toContain('Palace of Orlova/Place');
  });

  test("a dictionary's headword, surname first", () => {
    expect(mentionsOf(['Hake, Mårten, bondehöfding.'], 'sv')).toContain('Hake, Mårten/Person');
    expect(mentionsOf(['Lindholm, Per af. Han var född i Kalmar.'], 'sv')).toContain('Lindholm, Per af/Person');
    expect(mentionsOf(['Rakoczy, Ferenc, Hungarian prince and rebel.'], 'en')).toContain('Rakoczy, Ferenc/Person');
  });

  test('a list of surnames is no headword', () => {
    expect(mentionsOf(['Kerenski, Lenin och Trotski talade.'], 'sv').filter((m) => m.includes(','))).toEqual([]);
  });

  test('a particle inside a name', () => {
    expect(mentionsOf(['Roger Casement and Clan na Gael leader John Devoy met the ambassador.'], 'en')).toContain('Clan na Gael/Organization');
  });
});

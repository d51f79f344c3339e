/**
 * A name no list knows is typed Place by its context: a preposition of place before it, a compass
 * point with "om"/"of", a noun of place with "of", a feature of the land after it (which belongs to
 * the name), or a place beside it in a list.
 */
import { mentionsOf } from './mentions-of';

describe('places from their context', () => {
  test.each([
    ['sv', 'Han satt fången på Vallby, men flydde sedan.', 'Vallby/Place'],
    ['sv', 'Inbrottet uti Hessen ogillades.', 'Hessen/Place'],
    ['sv', 'Hären låg norr om Haparanda hela vintern.', 'Haparanda/Place'],
    ['sv', 'Trupperna drogo sig v. om Tornio tillbaka.', 'Tornio/Place'],
    ['en', 'The column halted ten miles north of Ballinrobe.', 'Ballinrobe/Place'],
    ['en', 'The rebels marched into Tullamore at dawn.', 'Tullamore/Place'],
    ['sv', 'Kriget spred sig snart över Krimhalvön.', 'Krimhalvön/Place'],
    ['sv', 'Han höll en fast ställning bakom Oderfloden hela vintern.', 'Oderfloden/Place'],
    ['sv', 'Konungen hade begifvit sig nedåt Inn med hären.', 'Inn/Place'],
    ['en', 'After the battle of Kilcumney the rebels scattered.', 'Kilcumney/Place'],
    ['en', 'The army was stationed in the woods of Borodzin for a week.', 'Borodzin/Place'],
  ] as const)('%s: %s', (language, text, expected) => {
    expect(mentionsOf([text], language)).toContain(expected);
  });

  test.each([
    ['sv', 'Armén skulle draga sig bakom Ijo älf.', 'Ijo älf/Place'],
    ['sv', 'Han bodde på en gård i Virestad socken.', 'Virestad socken/Place'],
    ['sv', 'Sandels intog en fast ställning vid Koljonvirta pass.', 'Koljonvirta pass/Place'],
    ['en', 'They crossed the Moy river by night.', 'Moy river/Place'],
    ['sv', 'Kosackerna gingo öfver Bottniska haf på isen.', 'Bottniska haf/Place'],
    ['sv', 'I Edsbro prestgård träffades de.', 'Edsbro prestgård/Place'],
  ] as const)('a feature of the land belongs to the name: %s', (language, text, expected) => {
    expect(mentionsOf([text], language)).toContain(expected);
  });

  test.each([
    ['sv', 'Efter segrar vid Kajaani, Lumijoki och Paavola ryckte de söderut.', ['Kajaani/Place', 'Lumijoki/Place', 'Paavola/Place']],
    ['sv', 'Hären vände sig mot Schlesien och Lausitz, som försvarades väl.', ['Schlesien/Place', 'Lausitz/Place']],
    ['en', 'Arrests were made at Liverpool, Ardrahan, and Kilmaine in one night.', ['Liverpool/Place', 'Ardrahan/Place', 'Kilmaine/Place']],
  ] as const)('names listed beside a place are places: %s', (language, text, expected) => {
    expect(mentionsOf([text], language)).toEqual(expect.arrayContaining([...expected]));
  });

  test.each([
    ['en', 'Holding the left wing on the River Vag, Haynau perfected his junction with the Russians.', 'Haynau/Place'],
    ['sv', 'Efter striden vid Narva, Lindström samlade hären åter.', 'Lindström/Place'],
  ] as const)('a comma after a phrase is no list: %s', (language, text, notExpected) => {
    expect(mentionsOf([text], language)).not.toContain(notExpected);
  });

  test('a person listed beside a place keeps a listed or titled type', () => {
    expect(mentionsOf(['General Walden and Pulkovo were both lost.'], 'en')).toContain('Walden/Person');
  });

  test('a surname the document gives in full stays a person, whatever its shape', () => {
    expect(mentionsOf(['Hären under G. H. Malmborg retirerade.', 'Sedan flydde Malmborg.'], 'sv')).toEqual(['G. H. Malmborg/Person', 'Malmborg/Person']);
  });

  test("a ruler's numeral in the genitive belongs to the name", () => {
    expect(mentionsOf(['Missnöjet med Erik XIV:s regering växte.'], 'sv')).toContain('Erik XIV:s/Person');
  });
});

/**
 * Acronyms and the abbreviations a text defines ("Long Name (ABBR)"): the acronym is the long form's
 * entity wherever it stands, in English and Swedish, and an undefined one is a body, never a person.
 */
import type { Language, Sentence } from '../../../domain/types';
import { abbreviates } from '../../../ingest/mentions/abbreviations';
import { acronymOf } from '../../../ingest/mentions/acronyms';
import { findMentions } from '../../../ingest/mentions';
import { resolveEntities } from '../../../ingest/resolve';

function sentencesOf(lines: string[]): Sentence[] {
  return lines.map((text, index) => ({ index, text, line: index + 1, section: 0, paragraph: 0 }));
}

function entitiesOf(lines: string[], language: Language) {
  return resolveEntities(findMentions(sentencesOf(lines), language), language).entities;
}

describe('abbreviates', () => {
  test.each([
    ['IRB', 'Irish Republican Brotherhood', true],
    ['ICA', 'Irish Citizen Army', true],
    ['SAP', 'Socialdemokratiska arbetarepartiet', true],
    ['ULF', 'Uppländska lantbrukarförbundet', true],
    ['IRB', 'Military Council', false],
    ['RIB', 'Irish Republican Brotherhood', false],
    ['IRB', 'Irish', false],
  ])('%s of %s → %s', (acronym, long, expected) => {
    expect(abbreviates(acronym, long)).toBe(expected);
  });
});

describe('acronymOf', () => {
  test.each([
    ["IRB's", 'IRB'],
    ['SDP', 'SDP'],
    ['XIV', undefined],
    ['Irish', undefined],
    ['FENIANS', undefined],
  ])('%s → %s', (word, expected) => {
    expect(acronymOf(word)).toBe(expected);
  });
});

describe('a defined abbreviation is its long form', () => {
  test('English: the acronym before and after the definition, and in the possessive', () => {
    const entities = entitiesOf(
      [
        'The LFU met in March.',
        'The Landworkers Federal Union (LFU) was founded by Sean Dwyer.',
        'LFU President Mary Kell and the LFU\'s secretary disagreed.',
      ],
      'en',
    );
    const union = entities.find((e) => e.name === 'Landworkers Federal Union');
    expect(union?.aliases).toEqual(expect.arrayContaining(['LFU', "LFU's"]));
    expect(union?.mentions).toHaveLength(5);
    expect(entities.filter((e) => /LFU/u.test(e.name))).toEqual([]);
  });

  test('Swedish: a lowercase name no rule found, spelled out, then by its letters', () => {
    const entities = entitiesOf(['Det uppländska bondepartiet (UBP) bildades 1911.', 'Karl Berg lämnade UBP i maj.'], 'sv');
    expect(entities.find((e) => e.aliases.includes('UBP'))).toMatchObject({ name: 'Uppländska bondepartiet', type: 'Organization' });
  });

  test('the acronym first, its long form in parentheses after it', () => {
    const english = entitiesOf(['The LFU (Landworkers Federal Union) met in May.', 'Later the LFU called a strike.'], 'en');
    expect(english.find((e) => e.name === 'Landworkers Federal Union')?.mentions).toHaveLength(3);
    const swedish = entitiesOf(['Han gick med i SUF (Sundsvalls ungsocialistiska förbund) år 1910.', 'Sedan splittrades SUF.'], 'sv');
    expect(swedish.find((e) => e.aliases.includes('SUF'))).toMatchObject({ name: 'Sundsvalls ungsocialistiska förbund', type: 'Organization' });
  });

  test('a parenthesis the acronym does not spell defines nothing', () => {
    const entities = entitiesOf(['The LFU (see below) met in May.', 'Later the LFU called a strike.'], 'en');
    expect(entities.find((e) => e.name === 'LFU')).toMatchObject({ type: 'Organization' });
  });

  test('letters that spell no preceding name define nothing', () => {
    const entities = entitiesOf(['General Brown (RTX) came.', 'RTX was a code.'], 'en');
    expect(entities.find((e) => e.name === 'RTX')).toMatchObject({ type: 'Organization' });
    expect(entities.find((e) => e.name === 'General Brown' || e.name === 'Brown')?.aliases ?? []).not.toContain('RTX');
  });
});

describe('an undefined acronym', () => {
  test('used twice is a body, not a person', () => {
    expect(entitiesOf(['The IWW met in May.', 'Later the IWW called a strike.'], 'en')).toContainEqual(
      expect.objectContaining({ name: 'IWW', type: 'Organization' }),
    );
  });

  test('used once is a guess that stays out', () => {
    expect(entitiesOf(['The IWW met in May.'], 'en').map((e) => e.name)).not.toContain('IWW');
  });

  test('a heading in capitals and a roman numeral are no acronyms', () => {
    const names = entitiesOf(['COMMUNE DE PARIS. The city rose.', 'Karl XII och Karl XII red ut.'], 'sv').map((e) => e.name);
    expect(names.filter((n) => /^(?:COMMUNE|DE|PARIS|XII)$/u.test(n))).toEqual([]);
  });
});

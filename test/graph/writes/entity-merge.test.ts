import type { Entity, EntityType } from '../../../domain/types';
import { absorbedKey, mergeKeys, planEntityMerge, type StoredEntityKeys } from '../../../graph/writes/entity-merge';
import { nameKeys } from '../../../domain/names/name-key';

function entity(id: string, name: string, type: EntityType = 'Person', aliases: string[] = []): Entity {
  return { id, name, type, aliases, mentions: [{ line: 1, text: name }] };
}

function stored(id: string, type: EntityType, forms: string[]): StoredEntityKeys {
  return { id, type, keys: nameKeys(forms) };
}

const KERENSKI = stored('kerenski', 'Person', ['Kerenski', 'Kerenskis']);
const PETROGRAD = stored('petrograd', 'Place', ['Petrograd']);
const LENIN_PLACE = stored('lenin', 'Place', ['Lenin']);

describe('planEntityMerge', () => {
  test.each<[string, Entity, StoredEntityKeys[], { targetId: string; isNew: boolean }]>([
    ['English transliteration merges into the Swedish node', entity('kerensky', 'Kerensky'), [KERENSKI], { targetId: 'kerenski', isNew: false }],
    ['an alias key is enough', entity('a_f_kerenskij', 'A. F. Kerenskij', 'Person', ['Kerenskij']), [KERENSKI], { targetId: 'kerenski', isNew: false }],
    ['the same id and type merges even without a shared key', entity('petrograd', 'Sankt Petersburg', 'Place'), [PETROGRAD], { targetId: 'petrograd', isNew: false }],
    ['a shared key of another type does not merge', entity('kerenski', 'Kerenski', 'Organization'), [KERENSKI], { targetId: 'kerenski_organization', isNew: true }],
    ['a key a forced merge brought in from the incoming type merges', entity('smolny', 'Smolny', 'Place'), [{ ...KERENSKI, absorbedKeys: [absorbedKey('Place', 'smolni')] }], { targetId: 'kerenski', isNew: false }],
    ['a key a forced merge brought in from another type does not', entity('smolny', 'Smolny', 'Party'), [{ ...KERENSKI, absorbedKeys: [absorbedKey('Place', 'smolni')] }], { targetId: 'smolny', isNew: true }],
    ['an id held by another type gets a typed id', entity('lenin', 'Lenin'), [LENIN_PLACE], { targetId: 'lenin_person', isNew: true }],
    ['no candidate: a new node under its own id', entity('lenin', 'Lenin'), [KERENSKI, PETROGRAD], { targetId: 'lenin', isNew: true }],
  ])('%s', (_label, incoming, candidates, expected) => {
    expect(planEntityMerge([incoming], candidates).get(incoming.id)).toEqual(expected);
  });

  test('the stored entity with the same id wins over one that only shares a key', () => {
    const candidates = [stored('kerenski_2', 'Person', ['Kerenski']), KERENSKI];
    expect(planEntityMerge([entity('kerenski', 'Kerenski')], candidates).get('kerenski')?.targetId).toBe('kerenski');
  });
});

describe('mergeKeys', () => {
  test.each([
    [{ name: 'Kerensky', aliases: ['Kerenskij'] }, ['kerenski']],
    [{ name: 'S. R.', aliases: [] }, ['s r']],
    [{ name: 'Lenin', aliases: ['Lenins', 'L.'] }, ['lenin', 'lenins']],
  ])('%j → %j', (input, expected) => {
    expect(mergeKeys(input)).toEqual(expected);
  });
});

import type { Sentence } from '../../domain/types';
import { findMentions } from '../../ingest/mentions';
import { resolveEntities } from '../../ingest/resolve';

function resolveLines(lines: string[]) {
  const sentences: Sentence[] = lines.map((text, index) => ({ index, text, line: 100 + index, section: 0, paragraph: 0 }));
  const mentions = findMentions(sentences, 'sv');
  return { mentions, ...resolveEntities(mentions) };
}

describe('resolveEntities', () => {
  test.each([
    [['Kerenskis regering föll.', 'Kerensky flydde.', 'Sedan talade Kerenskij.'], 'kerenski', 'Kerenski', 'Person'],
    [['Bolsjevikernas ledare talade.', 'Vi såg bolsjevikerna.', 'Han var bolsjevik.'], 'bolsjevikerna', 'Bolsjevikerna', 'Party'],
    [['Han kom från Petrograds sovjet.', 'Vi talade i Petrograd-sovjeten.'], 'petrograds_sovjet', 'Petrograds sovjet', 'Organization'],
    [['Där stod general Lindqvist.', 'Sedan kom Lindqvists trupper.'], 'lindqvist', 'Lindqvist', 'Person'],
    [['Kryssaren Aurora låg på Neva.', 'Sedan kom Auroras matroser.', 'Vi såg Aurora igen.'], 'aurora', 'Aurora', 'Regiment'],
    [['I den nordiska provinskongressens namn talade vi.', 'Sedan svarade nordiska provinskongressens ordförande.'], 'nordiska_provinskongressen', 'Nordiska provinskongressen', 'Organization'],
    [['Missnöjet med Erik XIV:s regering växte.', 'Sedan avsattes Erik XIV:s bröder.'], 'erik_xiv', 'Erik XIV', 'Person'],
  ])('%j → one entity %s', (lines, id, name, type) => {
    const { entities } = resolveLines(lines);
    const entity = entities.find((e) => e.id === id);
    expect(entity).toMatchObject({ name, type });
    expect(entity?.mentions.length).toBe(lines.length);
    expect(entity?.aliases).not.toContain(name);
  });

  test('entityOf maps every mention to its entity id', () => {
    const { mentions, entities, entityOf } = resolveLines(['Kerenski mötte Korniloff.', 'Korniloffs trupper tågade mot Petrograd.']);
    const ids = new Set(entities.map((e) => e.id));
    for (const m of mentions) expect(ids.has(entityOf(m))).toBe(true);
    expect(mentions.filter((m) => entityOf(m) === 'korniloff').map((m) => m.text)).toEqual(['Korniloff', 'Korniloffs']);
  });
});

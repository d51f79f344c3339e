/**
 * Units named by an adjective of side, class or colour, by a genitive place before an adjective, or
 * by a province before a troop kind ("Helsingfors röda garde", "Östgöta grenadierer"), in Swedish;
 * describing adjectives name no unit.
 */
import { findUnits } from '../../../ingest/mentions/units';
import { tokenize } from '../../../ingest/mentions/tokens';

const unitsIn = (text: string): string[] => findUnits(text, tokenize(text)).map((c) => text.slice(c.start, c.end));

describe('findUnits', () => {
  test.each([
    ['Där möttes röda gardet och den borgerliga skyddskåren.', ['röda gardet', 'borgerliga skyddskåren']],
    ['Åbo röda garde gick till anfall.', ['Åbo röda garde']],
    ['Vid bron stod Smålands husarer och Upplands dragoner.', ['Smålands husarer', 'Upplands dragoner']],
    ['Sedan drog kejserliga gardet in.', ['kejserliga gardet']],
    ['Vaktkompaniet och minkompaniets befäl vägrade.', ['Vaktkompaniet', 'minkompaniets']],
    ['Det fientliga regementet och vanliga bataljonen kom.', []],
    ['Husarer och dragoner red förbi.', []],
  ])('%s → %j', (text, expected) => {
    expect(unitsIn(text)).toEqual(expected);
  });
});

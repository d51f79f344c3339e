import { calibratedConfidence, ruleFamily, STORED, type CalibrationTable } from '../../../ingest/relations/calibration';

const table: CalibrationTable = {
  command: 'test',
  strength: 2,
  rules: { 'en.oppose.verb': { found: 8, true: 8 }, 'en.arrest.active': { found: 8, true: 0 } },
  families: { 'en.oppose': { found: 10, true: 9 }, 'en.arrest': { found: 10, true: 1 } },
};

describe('calibrated confidence', () => {
  test('a rule whose readings were true outranks one whose readings were false, whatever the hand-set strength', () => {
    expect(calibratedConfidence('en.oppose.verb', 0.5, table)).toBeGreaterThan(0.9);
    expect(calibratedConfidence('en.arrest.active', 0.95, table)).toBeLessThan(0.15);
  });

  test('an unseen rule of a seen family takes the family\'s share, moved toward its hand-set strength', () => {
    expect(calibratedConfidence('en.oppose.passive', 0.6, table)).toBeCloseTo((9 + 2 * 0.6) / 12, 5);
  });

  test('a rule of an unseen family keeps its hand-set strength, and so does a reading without a rule', () => {
    expect(calibratedConfidence('dep.subject-object', 0.65, table)).toBe(0.65);
    expect(calibratedConfidence(undefined, 0.65, table)).toBe(0.65);
  });

  test('the family is the language and kind of claim, or the shape', () => {
    expect(ruleFamily('sv.oppose.verb.inverted')).toBe('sv.oppose');
    expect(ruleFamily('np.genitive.leader')).toBe('np.genitive');
  });

  test('the stored table says which command wrote it and holds counts no larger than readings', () => {
    expect(STORED.command).toMatch(/calibrate:confidence/);
    for (const counts of [...Object.values(STORED.rules), ...Object.values(STORED.families)]) expect(counts.true).toBeLessThanOrEqual(counts.found);
  });
});

import { DEADLOCK_CODE, retryOnDeadlock } from '../../../graph/driver/deadlock-retry';

const deadlock = () => Object.assign(new Error('deadlock'), { code: DEADLOCK_CODE });

/** A transaction that fails with `failures` errors (made by `fail`) before it succeeds. */
function flaky(failures: number, fail: () => Error) {
  let calls = 0;
  const run = async () => {
    calls += 1;
    if (calls <= failures) throw fail();
    return 'committed';
  };
  return { run, calls: () => calls };
}

describe('retryOnDeadlock', () => {
  test.each([
    ['runs once when there is no deadlock', 0, 1],
    ['runs again after a deadlock', 1, 2],
    ['keeps going through several deadlocks', 5, 6],
  ])('%s', async (_label, failures, expectedCalls) => {
    const tx = flaky(failures, deadlock);
    await expect(retryOnDeadlock(tx.run, { backoffMs: 1 })).resolves.toBe('committed');
    expect(tx.calls()).toBe(expectedCalls);
  });

  test('gives up after the last attempt with the deadlock itself', async () => {
    const tx = flaky(10, deadlock);
    await expect(retryOnDeadlock(tx.run, { attempts: 3, backoffMs: 1 })).rejects.toMatchObject({ code: DEADLOCK_CODE });
    expect(tx.calls()).toBe(3);
  });

  test('never retries other errors', async () => {
    const tx = flaky(1, () => Object.assign(new Error('constraint'), { code: 'Neo.ClientError.Schema.ConstraintValidationFailed' }));
    await expect(retryOnDeadlock(tx.run, { backoffMs: 1 })).rejects.toThrow('constraint');
    expect(tx.calls()).toBe(1);
  });
});

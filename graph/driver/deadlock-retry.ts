/**
 * Runs a write transaction again when Neo4j rolled it back for a deadlock. Two documents that share
 * entities can deadlock when ingested at once; Neo4j undoes the loser whole, so running it again is
 * safe. The driver retries too, but only within DRIVER_SETTINGS' short budget (short so that an absent
 * Neo4j fails fast), which a loaded machine can exhaust: hence a bounded loop of our own.
 */

export const DEADLOCK_CODE = 'Neo.TransientError.Transaction.DeadlockDetected';

export interface DeadlockRetryOptions {
  attempts?: number;
  /** Base back-off; attempt n waits n × base × (1 to 2), so colliding writers drift apart. */
  backoffMs?: number;
}

export function isDeadlock(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === DEADLOCK_CODE;
}

/**
 * @example await retryOnDeadlock(() => session.executeWrite(work))
 */
export async function retryOnDeadlock<T>(run: () => Promise<T>, options: DeadlockRetryOptions = {}): Promise<T> {
  const attempts = options.attempts ?? 8;
  const backoffMs = options.backoffMs ?? 50;
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await run();
    } catch (error) {
      if (!isDeadlock(error) || attempt >= attempts) throw error;
      await new Promise((resolve) => setTimeout(resolve, backoffMs * attempt * (1 + Math.random())));
    }
  }
}

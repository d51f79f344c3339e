/**
 * PROFILE of a read statement as plain lines, for docs/benchmarks.md: each operator of the plan with
 * its details (where Neo4j names the index it uses), rows and database hits, indented by depth. Run in
 * a READ session, so profiling a read can never write.
 */
import neo4j, { type Driver } from 'neo4j-driver';
import { toDriverParams } from './values';
import type { QueryParams } from './connection';

interface PlanStep {
  operatorType: string;
  arguments: Record<string, unknown>;
  rows: number | null;
  dbHits: number | null;
  children: PlanStep[];
}

function lines(step: PlanStep, depth: number): string[] {
  const details = String(step.arguments.Details ?? step.arguments.details ?? '').replace(/\s+/g, ' ');
  const own = `${'  '.repeat(depth)}${step.operatorType}${details ? ` ${details.slice(0, 160)}` : ''} (rows ${step.rows ?? '?'}, db hits ${step.dbHits ?? '?'})`;
  return [own, ...step.children.flatMap((child) => lines(child, depth + 1))];
}

/**
 * @example await profileRead(driver, 'MATCH (e:Entity {id: $id}) RETURN e', { id: 'lenin' })
 * // ['ProduceResults e (rows 1, db hits 0)', '  NodeUniqueIndexSeek UNIQUE e:Entity(id) WHERE id = $id (rows 1, db hits 2)']
 */
export async function profileRead(driver: Driver, cypher: string, params: QueryParams): Promise<string[]> {
  const session = driver.session({ defaultAccessMode: neo4j.session.READ });
  try {
    const result = await session.run(`PROFILE ${cypher}`, toDriverParams(params));
    const profile = result.summary.profile;
    return profile ? lines(profile as unknown as PlanStep, 0) : [];
  } finally {
    await session.close();
  }
}

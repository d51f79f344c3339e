/**
 * The single gateway to Neo4j. Every query states whether it reads or writes (routing and access
 * mode are explicit, never guessed from the Cypher text); rows come back as plain objects
 * (graph/driver/values.ts) and driver failures as typed domain errors (graph/driver/errors.ts), so nothing
 * outside graph/ depends on neo4j-driver.
 */
import neo4j, { type BookmarkManager, type Driver, type ManagedTransaction } from 'neo4j-driver';
import { GraphUnavailableError } from '../../domain/errors';
import type { GraphConfig } from '../embedded/config';
import { retryOnDeadlock } from './deadlock-retry';
import { profileRead } from './query-profile';
import { translateDriverError, unreachableError } from './errors';
import { recordToRow, toDriverParams, type Row } from './values';

export type { Row } from './values';
export type QueryParams = Record<string, unknown>;

export interface ReadOptions {
  /** Server-side transaction timeout; a slower query fails with QueryTimeoutError. */
  timeoutMs?: number;
}

/**
 * What a transaction function receives. Each method runs one statement and returns its rows;
 * `read` and `write` are `run` under names that say what the statement does (a write inside a
 * read transaction is refused by Neo4j and surfaces as ForbiddenQueryError).
 */
export interface GraphTransaction {
  run(cypher: string, params?: QueryParams): Promise<Row[]>;
  read(cypher: string, params?: QueryParams): Promise<Row[]>;
  write(cypher: string, params?: QueryParams): Promise<Row[]>;
}

export type TransactionWork<T> = (tx: GraphTransaction) => Promise<T>;

/** The first rows of a result whose size is unknown, with its column names and whether more were left. */
export interface BoundedRows {
  columns: string[];
  rows: Row[];
  truncated: boolean;
}

/**
 * Fail fast when Neo4j is gone rather than retrying for the driver's default 30 s. Telemetry is off:
 * it adds a Bolt message to every transaction, 0.1–0.2 ms of client CPU per call (docs/benchmarks.md).
 */
const DRIVER_SETTINGS = {
  connectionTimeout: 5_000,
  connectionAcquisitionTimeout: 10_000,
  maxTransactionRetryTime: 5_000,
  telemetryDisabled: true,
} as const;

export class Graph {
  /**
   * Read-your-writes on a cluster: every session and query of this Graph shares one bookmark manager,
   * so a read (routed to a secondary with READ access) waits until that secondary has applied every
   * write this process committed, such as the upload a user has just made. One server: no cost to speak of.
   */
  private readonly bookmarkManager: BookmarkManager = neo4j.bookmarkManager();

  private constructor(
    private readonly driver: Driver,
    readonly uri: string,
  ) {}

  /**
   * Opens a driver and checks that Neo4j answers.
   *
   * @throws GraphUnavailableError saying how to start Neo4j when it cannot be reached.
   * @example
   *   const graph = await Graph.connect({ uri: 'bolt://127.0.0.1:7687' });
   *   const rows = await graph.read('MATCH (e:Entity) RETURN e.name AS name LIMIT $n', { n: 5 });
   */
  static async connect(config: GraphConfig): Promise<Graph> {
    const auth =
      config.user !== undefined || config.password !== undefined
        ? neo4j.auth.basic(config.user ?? 'neo4j', config.password ?? '')
        : undefined;
    let driver: Driver;
    try {
      driver = neo4j.driver(config.uri, auth, DRIVER_SETTINGS);
    } catch (error) {
      throw new GraphUnavailableError(`NEO4J_URI "${config.uri}" is not a valid Neo4j URI: ${messageOf(error)}`, {
        uri: config.uri,
      });
    }
    try {
      await driver.verifyConnectivity();
    } catch (error) {
      await driver.close();
      const translated = translateDriverError(error, config.uri);
      if (translated instanceof GraphUnavailableError) throw translated;
      throw unreachableError(config.uri, error);
    }
    return new Graph(driver, config.uri);
  }

  /**
   * Runs one read-only statement as an auto-commit transaction in a READ session (Neo4j refuses
   * writes in it). Auto-commit sends RUN and PULL in one round trip and needs no COMMIT and no
   * bookmark bookkeeping, which halves the per-call cost of a managed transaction
   * (docs/benchmarks.md); a read has nothing to retry that the caller could not simply ask again.
   *
   * @example
   *   await graph.read('MATCH (e:Entity {id: $id}) RETURN e', { id: 'kerenski' }, { timeoutMs: 5000 });
   */
  async read(cypher: string, params: QueryParams = {}, options: ReadOptions = {}): Promise<Row[]> {
    const session = this.driver.session({ defaultAccessMode: neo4j.session.READ, bookmarkManager: this.bookmarkManager });
    try {
      const result = await session.run(cypher, toDriverParams(params), transactionConfig(options.timeoutMs));
      return result.records.map(recordToRow);
    } catch (error) {
      throw translateDriverError(error, this.uri);
    } finally {
      await session.close();
    }
  }

  /**
   * Runs one statement in its own write transaction.
   *
   * @example
   *   await graph.write('MERGE (e:Entity {id: $id}) SET e.name = $name', { id: 'lenin', name: 'Lenin' });
   */
  async write(cypher: string, params: QueryParams = {}): Promise<Row[]> {
    try {
      const result = await this.driver.executeQuery(cypher, toDriverParams(params), { routing: neo4j.routing.WRITE, bookmarkManager: this.bookmarkManager });
      return result.records.map(recordToRow);
    } catch (error) {
      throw translateDriverError(error, this.uri);
    }
  }

  /**
   * Runs several reads in one READ transaction (retried by the driver on transient failures, so `work`
   * must have no side effects outside the transaction).
   *
   * @example
   *   const [nodes, edges] = await graph.readTransaction(async (tx) =>
   *     [await tx.run('MATCH (n) RETURN n'), await tx.run('MATCH ()-[r]->() RETURN r')]);
   */
  async readTransaction<T>(work: TransactionWork<T>, options: ReadOptions = {}): Promise<T> {
    const session = this.driver.session({ defaultAccessMode: neo4j.session.READ, bookmarkManager: this.bookmarkManager });
    try {
      return await session.executeRead((tx) => work(wrapTransaction(tx)), transactionConfig(options.timeoutMs));
    } catch (error) {
      throw translateDriverError(error, this.uri);
    } finally {
      await session.close();
    }
  }

  /**
   * Runs one statement in a READ transaction and stops reading its stream after `maxRows` rows:
   * for queries written by users (graph/user-cypher/read-only.ts), whose result size is unknown.
   *
   * @example
   *   await graph.readBounded('MATCH (n) RETURN n', {}, { maxRows: 100, timeoutMs: 5000 });
   */
  async readBounded(cypher: string, params: QueryParams, options: ReadOptions & { maxRows: number }): Promise<BoundedRows> {
    const session = this.driver.session({ defaultAccessMode: neo4j.session.READ, bookmarkManager: this.bookmarkManager });
    try {
      return await session.executeRead(async (tx) => {
        const result = tx.run(cypher, toDriverParams(params));
        const rows: Row[] = [];
        let truncated = false;
        for await (const record of result) {
          if (rows.length === options.maxRows) {
            truncated = true;
            break;
          }
          rows.push(recordToRow(record));
        }
        return { columns: (await result.keys()).map(String), rows, truncated };
      }, transactionConfig(options.timeoutMs));
    } catch (error) {
      throw translateDriverError(error, this.uri);
    } finally {
      await session.close();
    }
  }

  /**
   * Runs several statements in one WRITE transaction: all or nothing.
   *
   * @example
   *   await graph.writeTransaction(async (tx) => {
   *     await tx.run('UNWIND $rows AS row MERGE (e:Entity {id: row.id})', { rows });
   *   });
   */
  async writeTransaction<T>(work: TransactionWork<T>): Promise<T> {
    try {
      return await retryOnDeadlock(async () => {
        const session = this.driver.session({ defaultAccessMode: neo4j.session.WRITE, bookmarkManager: this.bookmarkManager });
        try {
          return await session.executeWrite((tx) => work(wrapTransaction(tx)));
        } finally {
          await session.close();
        }
      });
    } catch (error) {
      throw translateDriverError(error, this.uri);
    }
  }

  /**
   * The Neo4j server version, e.g. "5.26.30".
   *
   * @example
   *   await graph.version(); // '5.26.30'
   */
  async version(): Promise<string> {
    const rows = await this.read('CALL dbms.components() YIELD name, versions RETURN name, versions[0] AS version');
    const kernel = rows.find((row) => row.name === 'Neo4j Kernel') ?? rows[0];
    return String(kernel?.version ?? 'unknown');
  }

  /**
   * The PROFILE of a read statement, one line per operator (with the index it uses), for the benchmarks.
   * @example await graph.profile(SEARCH_ENTITIES, params) // ['ProduceResults ...', '  ProcedureCall db.index.fulltext.queryNodes ...']
   */
  async profile(cypher: string, params: QueryParams = {}): Promise<string[]> {
    try {
      return await profileRead(this.driver, cypher, params);
    } catch (error) {
      throw translateDriverError(error, this.uri);
    }
  }

  /** The bookmarks of the writes this Graph committed so far (what its next read waits for on a cluster). */
  async bookmarks(): Promise<string[]> {
    return [...(await this.bookmarkManager.getBookmarks())];
  }

  /** Closes the driver and its connections; the Graph cannot be used afterwards. */
  async close(): Promise<void> {
    await this.driver.close();
  }
}

function wrapTransaction(tx: ManagedTransaction): GraphTransaction {
  const run = async (cypher: string, params: QueryParams = {}): Promise<Row[]> =>
    (await tx.run(cypher, toDriverParams(params))).records.map(recordToRow);
  return { run, read: run, write: run };
}

function transactionConfig(timeoutMs: number | undefined): { timeout?: number } {
  return timeoutMs === undefined ? {} : { timeout: timeoutMs };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

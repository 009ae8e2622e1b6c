/**
 * A neo4j-driver Driver that counts the Cypher queries sent through it: every `run`, on a
 * session or inside executeRead/executeWrite. The API gets this driver in place of the real
 * one, so a test can say how many queries one GraphQL operation cost.
 */
import type { Driver, ManagedTransaction, Session } from 'neo4j-driver';

export class QueryCounter {
  queries: string[] = [];
  /** How each query was sent: `auto-commit` (session.run) or in a `read`/`write` managed transaction. */
  modes: Array<'auto-commit' | 'read' | 'write'> = [];
  /** The transaction config (timeout, metadata) of each auto-commit query and each executeRead/executeWrite. */
  transactionConfigs: unknown[] = [];
  get count(): number {
    return this.queries.length;
  }
  reset(): void {
    this.queries = [];
    this.modes = [];
    this.transactionConfigs = [];
  }
  record(cypher: unknown, mode: 'auto-commit' | 'read' | 'write'): void {
    this.queries.push(typeof cypher === 'string' ? cypher : JSON.stringify(cypher));
    this.modes.push(mode);
  }
}

export function countingDriver(driver: Driver, counter: QueryCounter): Driver {
  return new Proxy(driver, {
    get(target, prop) {
      if (prop === 'session') return (...args: Parameters<Driver['session']>) => countingSession(target.session(...args), counter);
      const value = Reflect.get(target, prop, target) as unknown;
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}

function countingSession(session: Session, counter: QueryCounter): Session {
  return new Proxy(session, {
    get(target, prop) {
      if (prop === 'run') {
        return (...args: Parameters<Session['run']>) => {
          counter.record(args[0], 'auto-commit');
          counter.transactionConfigs.push(args[2]);
          return target.run(...args);
        };
      }
      if (prop === 'executeRead' || prop === 'executeWrite') {
        const mode = prop === 'executeRead' ? 'read' : 'write';
        return <T>(work: (tx: ManagedTransaction) => Promise<T>, config?: unknown) => {
          counter.transactionConfigs.push(config);
          return (target[prop] as (w: (tx: ManagedTransaction) => Promise<T>, c?: unknown) => Promise<T>).call(
            target,
            (tx) => work(countingTx(tx, counter, mode)),
            config,
          );
        };
      }
      const value = Reflect.get(target, prop, target) as unknown;
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}

function countingTx(tx: ManagedTransaction, counter: QueryCounter, mode: 'read' | 'write'): ManagedTransaction {
  return new Proxy(tx, {
    get(target, prop) {
      if (prop === 'run') {
        return (...args: Parameters<ManagedTransaction['run']>) => {
          counter.record(args[0], mode);
          return target.run(...args);
        };
      }
      const value = Reflect.get(target, prop, target) as unknown;
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}

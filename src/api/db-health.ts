/**
 * Whether the database answers, as the API last saw it: a circuit breaker. When a query
 * fails because Neo4j is unreachable, the API stops sending queries (each would wait out
 * the driver's retries before failing) and answers 503 at once, while a probe checks the
 * server every second. The first successful probe closes the breaker: the API recovers by
 * itself, with no restart, as soon as Neo4j is back.
 */
import type { Driver } from 'neo4j-driver';
import type { Logger } from './logger.js';

export const PROBE_INTERVAL_MS = 1_000;

export class DatabaseHealth {
  private down = false;
  private timer: NodeJS.Timeout | null = null;
  private probing = false;

  constructor(
    private readonly driver: Driver,
    private readonly database: string | undefined,
    private readonly log: Logger,
  ) {}

  get isDown(): boolean {
    return this.down;
  }

  /** Called when a query failed because the database was unreachable. */
  markDown(): void {
    if (this.down) return;
    this.down = true;
    this.log.warn('database unreachable: answering 503 until a probe succeeds');
    this.timer = setInterval(() => void this.probe(), PROBE_INTERVAL_MS);
    this.timer.unref();
  }

  /** One connectivity check now; closes the breaker when it succeeds. */
  async probe(): Promise<boolean> {
    if (this.probing) return !this.down;
    this.probing = true;
    try {
      await this.driver.verifyConnectivity(this.database ? { database: this.database } : {});
      if (this.down) {
        this.down = false;
        this.stop();
        this.log.info('database reachable again');
      }
      return true;
    } catch {
      return false;
    } finally {
      this.probing = false;
    }
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }
}

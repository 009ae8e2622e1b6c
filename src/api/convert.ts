/**
 * Neo4j values → plain JSON at the API boundary. The driver is opened with
 * disableLosslessIntegers (numbers come back as JS numbers), but a value can still be a
 * temporal, a point, or an Integer from a driver set up elsewhere (tests, scripts).
 */
import neo4j from 'neo4j-driver';

export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (neo4j.isInt(value)) return (value as { toNumber(): number }).toNumber();
  if (typeof value === 'bigint') return Number(value);
  if (Array.isArray(value)) return value.map(toPlain);
  if (typeof value === 'object') {
    if (isTemporal(value)) return String(value);
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = toPlain(v);
    return out;
  }
  return value;
}

function isTemporal(v: object): boolean {
  return (
    neo4j.isDate(v) ||
    neo4j.isDateTime(v) ||
    neo4j.isLocalDateTime(v) ||
    neo4j.isTime(v) ||
    neo4j.isLocalTime(v) ||
    neo4j.isDuration(v) ||
    neo4j.isPoint(v)
  );
}

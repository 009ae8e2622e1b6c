/**
 * learnTemplate: which parameter holds which leaf, learnt from three compilations of one
 * shape (the request's values and two sets of probes). The translations here are written by
 * hand in the form @neo4j/graphql gives them ({ cypher, params }), one per situation the
 * template must accept or refuse.
 */
import { describe, it, expect } from 'vitest';
import neo4j from 'neo4j-driver';
import { learnTemplate, type Compiled } from '../../../src/api/translation-cache/template.js';

const CYPHER = 'MATCH (this:Observation) WHERE this.text CONTAINS $param0 WITH * LIMIT $param1 RETURN this { .number } AS this';
const compiled = (cypher: string, params: Record<string, unknown>, leaves: string[]): Compiled => ({
  translation: { cypher, params },
  leaves,
});

describe('learnTemplate', () => {
  it('maps a leaf passed through as a parameter and keeps what came from the document', () => {
    const t = learnTemplate(
      compiled(CYPHER, { param0: 'liability', param1: neo4j.int(50) }, ['liability']),
      compiled(CYPHER, { param0: 'probe-a-0', param1: neo4j.int(50) }, ['probe-a-0']),
      compiled(CYPHER, { param0: 'probe-b-0', param1: neo4j.int(50) }, ['probe-b-0']),
    );
    expect(t).not.toBeNull();
    expect(t!.cypher).toBe(CYPHER);
    expect(t!.params(['smugglers'])).toEqual({ param0: 'smugglers', param1: neo4j.int(50) });
  });

  it('maps leaves inside lists and maps (an `in` list, a nested parameter)', () => {
    const cypher = 'MATCH (this:Organization) WHERE this.acronym IN $param0 AND this.x = $param1.name RETURN this';
    const t = learnTemplate(
      compiled(cypher, { param0: ['MMC', 'IOM'], param1: { name: 'x', kind: 'ngo' } }, ['MMC', 'IOM', 'x']),
      compiled(cypher, { param0: ['a0', 'a1'], param1: { name: 'a2', kind: 'ngo' } }, ['a0', 'a1', 'a2']),
      compiled(cypher, { param0: ['b0', 'b1'], param1: { name: 'b2', kind: 'ngo' } }, ['b0', 'b1', 'b2']),
    );
    expect(t!.params(['UNHCR', 'UNODC', 'y'])).toEqual({ param0: ['UNHCR', 'UNODC'], param1: { name: 'y', kind: 'ngo' } });
  });

  it('answers a shape without leaves with its parameters, a fresh object each time', () => {
    const params = { param0: neo4j.int(1), param1: 'liability' };
    const t = learnTemplate(compiled(CYPHER, params, []), compiled(CYPHER, { ...params }, []), compiled(CYPHER, { ...params }, []));
    const first = t!.params([]);
    expect(first).toEqual(params);
    expect(t!.params([])).not.toBe(first);
  });

  it('refuses a shape whose Cypher text changes with a leaf', () => {
    const t = learnTemplate(
      compiled(CYPHER, { param0: 'x', param1: neo4j.int(50) }, ['x']),
      compiled(`${CYPHER} // a`, { param0: 'a0', param1: neo4j.int(50) }, ['a0']),
      compiled(CYPHER, { param0: 'b0', param1: neo4j.int(50) }, ['b0']),
    );
    expect(t).toBeNull();
  });

  it('refuses a leaf that is transformed on its way into the parameters (a decoded cursor)', () => {
    // `after: $cursor` becomes an offset: the probes decode to something that is neither
    // the probe nor equal across compilations.
    const t = learnTemplate(
      compiled(CYPHER, { param0: neo4j.int(11) }, ['YXJyYXljb25uZWN0aW9uOjk=']),
      compiled(CYPHER, { param0: neo4j.int(0) }, ['a0']),
      compiled(CYPHER, { param0: neo4j.int(1) }, ['b0']),
    );
    expect(t).toBeNull();
  });

  it('refuses a leaf that appears in no parameter (its use cannot be seen, so it cannot be mapped)', () => {
    // Even when every parameter agrees: an invalid cursor decoding to the same offset for
    // the request and both probes must not become a constant.
    const t = learnTemplate(
      compiled(CYPHER, { param0: neo4j.int(0) }, ['not-a-cursor']),
      compiled(CYPHER, { param0: neo4j.int(0) }, ['a0']),
      compiled(CYPHER, { param0: neo4j.int(0) }, ['b0']),
    );
    expect(t).toBeNull();
  });

  it("refuses a parameter holding probe A's leaf but not probe B's", () => {
    const t = learnTemplate(
      compiled(CYPHER, { param0: 'x' }, ['x']),
      compiled(CYPHER, { param0: 'a0' }, ['a0']),
      compiled(CYPHER, { param0: 'B0' }, ['b0']),
    );
    expect(t).toBeNull();
  });

  it('refuses when the request value is not where the probes are (the request took another path)', () => {
    const t = learnTemplate(
      compiled(CYPHER, { param0: 'X' }, ['x']),
      compiled(CYPHER, { param0: 'a0' }, ['a0']),
      compiled(CYPHER, { param0: 'b0' }, ['b0']),
    );
    expect(t).toBeNull();
  });

  it('refuses parameters that differ between compilations without a leaf in them', () => {
    const t = learnTemplate(
      compiled(CYPHER, { param0: 'x', param1: neo4j.int(3) }, ['x']),
      compiled(CYPHER, { param0: 'a0', param1: neo4j.int(500) }, ['a0']),
      compiled(CYPHER, { param0: 'b0', param1: neo4j.int(500) }, ['b0']),
    );
    expect(t).toBeNull();
  });
});

/**
 * The categories of the eval, each a function (gold, facts) → Tally. What a category checks
 * is written in tests/eval/README.md; each function here says how, in a few lines.
 */
import type { DocumentFacts, OrgRef, PersonFact, StatementFact } from '../../../src/ingest/extract/facts.js';
import type { Gold } from './gold.js';
import { emptyTally, matchItems, type Tally } from './match.js';
import { alternatives, dice, namesMatch, normalizeName, personNamesMatch } from './normalize.js';
import { statementContaining } from '../../../src/ingest/resolve/statements.js';
import { noStateIdentity, type StateIdentity } from './states.js';

export const CATEGORIES = [
  'meeting',
  'chairs',
  'panels',
  'panelTopics',
  'panellists',
  'people',
  'positions',
  'organizations',
  'statements',
  'statistics',
  'observations',
] as const;
export type Category = (typeof CATEGORIES)[number];

export const CATEGORY_LABELS: Record<Category, string> = {
  meeting: 'meeting (date, body, session)',
  chairs: 'chairs and moderators',
  panels: 'panels',
  panelTopics: 'panel topics',
  panellists: 'panellist → organization',
  people: 'people with affiliation',
  positions: "people's positions",
  organizations: 'organizations',
  statements: 'statement speakers',
  statistics: 'statistics with reporter',
  observations: 'observations with addressees',
};

const TITLE_MATCH = 0.5;
const CHAIR_ROLE = /chair|president|rapporteur|presid/i;
const MODERATOR_ROLE = /moderat|facilitat/i;

function orgLabels(o: OrgRef | null | undefined): string[] {
  return o ? [o.name, o.acronym].filter((x): x is string => !!x) : [];
}
function personLabels(p: PersonFact | undefined): string[] {
  if (!p) return [];
  return [p.name, ...orgLabels(p.organization), p.state].filter((x): x is string => !!x);
}
function roleClass(role: string): 'chair' | 'moderator' | null {
  if (MODERATOR_ROLE.test(role)) return 'moderator';
  if (CHAIR_ROLE.test(role)) return 'chair';
  return null;
}

/** The panels' pairing (gold index → predicted ordinal), shared by panels, topics and panellists. */
function pairPanels(gold: NonNullable<Gold['panels']>, facts: DocumentFacts): Map<number, number> {
  const pairs = new Map<number, number>();
  const used = new Set<number>();
  gold.forEach((g, gi) => {
    let best = -1;
    let bestScore = TITLE_MATCH;
    facts.panels.forEach((p, pi) => {
      if (used.has(pi)) return;
      // An untitled gold panel is matched by its place in the document.
      const score = g.title == null ? (pi === gi ? 1 : 0) : dice(g.title, p.title);
      if (score >= bestScore) {
        best = pi;
        bestScore = score;
      }
    });
    if (best >= 0) {
      used.add(best);
      pairs.set(gi + 1, facts.panels[best]!.ordinal);
    }
  });
  return pairs;
}

function topicsOf(facts: DocumentFacts, ordinal: number): string[] {
  const panel = facts.panels.find((p) => p.ordinal === ordinal);
  if (!panel) return [];
  const keys = new Set([...(panel.topicKeys ?? []), ...(panel.topicKey ? [panel.topicKey] : [])]);
  return facts.topics.filter((t) => keys.has(t.key)).map((t) => t.text);
}

function speakerLabels(s: StatementFact, persons: Map<string, PersonFact>): string[] {
  const sp = s.speaker;
  const kindWord =
    sp.kind === 'participant' ? 'participants' : sp.kind === 'chair' ? 'chair' : sp.kind === 'secretariat' ? 'secretariat' : null;
  return [
    ...personLabels(sp.personKey ? persons.get(sp.personKey) : undefined),
    ...orgLabels(sp.organization),
    sp.state ?? null,
    kindWord,
  ].filter((x): x is string => !!x);
}

/** `state`: which State a name denotes (the gazetteer's identity); without it States are compared as written. */
export function scoreCategory(category: Category, gold: Gold, facts: DocumentFacts, state: StateIdentity = noStateIdentity): Tally | null {
  const persons = new Map(facts.persons.map((p) => [p.key, p]));
  switch (category) {
    case 'meeting': {
      const g = gold.meeting;
      if (!g) return null;
      const m = facts.meeting;
      const t = emptyTally();
      const field = (name: string, want: unknown, got: unknown, same: boolean) => {
        if (want == null) return;
        if (got != null && same) t.tp++;
        else {
          t.fn++;
          t.missed.push(`${name}: ${JSON.stringify(want)}`);
          if (got != null) {
            t.fp++;
            t.extra.push(`${name}: ${JSON.stringify(got)}`);
          }
        }
      };
      field('date', g.date, m?.date, m?.date === g.date);
      const bodies = [m?.body?.name, m?.workingGroup?.name];
      field('body', g.body, bodies.find(Boolean), namesMatch(alternatives(g.body), bodies));
      const sessions = [m?.body?.session, m?.workingGroup?.sessionOrdinal].filter((x) => x != null);
      field('session', g.session, sessions[0], sessions.includes(g.session ?? NaN));
      return t;
    }
    case 'chairs': {
      if (!gold.chairs) return null;
      const predicted = facts.persons.flatMap((p) => {
        const cls = p.roles.map(roleClass).find(Boolean);
        return p.name && cls ? [{ name: p.name, cls }] : [];
      });
      return matchItems(gold.chairs, predicted, (g, p) => personNamesMatch(alternatives(g.name), [p.name]) && roleClass(g.role) === p.cls, {
        gold: (g) => `${alternatives(g.name)[0]} (${g.role})`,
        predicted: (p) => `${p.name} (${p.cls})`,
      });
    }
    case 'panels': {
      if (!gold.panels) return null;
      const pairs = pairPanels(gold.panels, facts);
      const matched = new Set(pairs.values());
      const t = emptyTally();
      gold.panels.forEach((g, gi) => {
        if (g.optional) return;
        if (pairs.has(gi + 1)) {
          t.tp++;
        } else {
          t.fn++;
          t.missed.push(g.title ?? `panel ${gi + 1}`);
        }
      });
      for (const p of facts.panels) {
        if (matched.has(p.ordinal)) continue;
        t.fp++;
        t.extra.push(p.title);
      }
      return t;
    }
    case 'panelTopics': {
      if (!gold.panels) return null;
      const pairs = pairPanels(gold.panels, facts);
      const gt = gold.panels.flatMap((g, gi) => g.topics.map((text) => ({ panel: gi + 1, text, optional: g.optional })));
      const pt = facts.panels.flatMap((p) => topicsOf(facts, p.ordinal).map((text) => ({ ordinal: p.ordinal, text })));
      return matchItems(gt, pt, (g, p) => pairs.get(g.panel) === p.ordinal && dice(g.text, p.text) >= TITLE_MATCH, {
        gold: (g) => `panel ${g.panel}: ${g.text}`,
        predicted: (p) => `panel ${p.ordinal}: ${p.text}`,
      });
    }
    case 'panellists': {
      if (!gold.panellists) return null;
      const pairs = pairPanels(gold.panels ?? [], facts);
      const predicted = facts.panellists.map((pl) => {
        const person = persons.get(pl.personKey);
        return { name: person?.name ?? null, org: orgLabels(pl.organization ?? person?.organization), ordinal: pl.panelOrdinal };
      });
      return matchItems(
        gold.panellists,
        predicted,
        (g, p) => {
          const who = g.name != null ? personNamesMatch(alternatives(g.name), [p.name]) : namesMatch(alternatives(g.organization), p.org, state);
          const org = g.organization == null ? p.org.length === 0 : namesMatch(alternatives(g.organization), p.org, state);
          return who && org && pairs.get(g.panel) === p.ordinal;
        },
        {
          gold: (g) => `${alternatives(g.name)[0] ?? '(anonymous)'} – ${alternatives(g.organization)[0] ?? '–'} (panel ${g.panel})`,
          predicted: (p) => `${p.name ?? '(anonymous)'} – ${p.org[0] ?? '–'} (panel ${p.ordinal})`,
        },
      );
    }
    case 'people':
    case 'positions': {
      if (!gold.people) return null;
      const seen = new Set<string>();
      const predicted = facts.persons.filter((p) => {
        if (!p.name) return false;
        const key = normalizeName(p.name);
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      });
      if (category === 'people') {
        return matchItems(
          gold.people,
          predicted,
          (g, p) =>
            personNamesMatch(alternatives(g.name), [p.name]) &&
            (g.affiliation == null || namesMatch(alternatives(g.affiliation), [...orgLabels(p.organization), p.state], state)),
          {
            gold: (g) => `${alternatives(g.name)[0]} – ${alternatives(g.affiliation)[0] ?? '–'}`,
            predicted: (p) => `${p.name} – ${orgLabels(p.organization)[0] ?? p.state ?? '–'}`,
          },
        );
      }
      const withPosition = gold.people.filter((g) => g.position);
      return matchItems(
        withPosition,
        predicted.filter((p) => p.position),
        (g, p) => personNamesMatch(alternatives(g.name), [p.name]) && alternatives(g.position).some((x) => dice(x, p.position!) >= TITLE_MATCH),
        { gold: (g) => `${alternatives(g.name)[0]}: ${alternatives(g.position)[0]}`, predicted: (p) => `${p.name}: ${p.position}` },
      );
    }
    case 'organizations': {
      if (!gold.organizations) return null;
      const predicted = facts.organizations.filter((o) => o.kind !== 'state');
      return matchItems(
        gold.organizations,
        predicted,
        (g, p) => {
          if (namesMatch(alternatives(g.name), [p.name, p.acronym, ...p.aliases])) return true;
          // Within one document an acronym names one organization.
          return !!g.acronym && !!p.acronym && normalizeName(g.acronym) === normalizeName(p.acronym);
        },
        {
          gold: (g) => alternatives(g.name)[0]! + (g.acronym ? ` (${g.acronym})` : ''),
          predicted: (p) => `${p.name ?? ''}${p.acronym ? ` (${p.acronym})` : ''}`,
        },
      );
    }
    case 'statements': {
      if (!gold.statements) return null;
      // One prediction per (paragraph, speaker): several sentences of one speaker are one item.
      const seen = new Set<string>();
      const predicted = facts.statements.flatMap((s) => {
        const labels = speakerLabels(s, persons);
        // A State is one speaker whichever of its names the sentence used.
        const first = labels[0] ?? s.speaker.surface;
        const key = `${s.paragraph}|${state(first) ?? normalizeName(first)}`;
        if (seen.has(key)) return [];
        seen.add(key);
        return [{ paragraph: s.paragraph, labels, surface: s.speaker.surface }];
      });
      return matchItems(
        gold.statements,
        predicted,
        (g, p) =>
          g.paragraph === p.paragraph &&
          (namesMatch(alternatives(g.speaker), p.labels, state) || personNamesMatch(alternatives(g.speaker), p.labels)),
        { gold: (g) => `¶${g.paragraph} ${alternatives(g.speaker)[0]}`, predicted: (p) => `¶${p.paragraph} ${p.labels[0] ?? p.surface}` },
      );
    }
    case 'statistics': {
      if (!gold.statistics) return null;
      // The reporter: who the figure names as its source, else the speaker of the statement that
      // reports it (the graph's REPORTS edge, found as resolve finds it: the statement holding the figure).
      const predicted = facts.statistics.map((s) => {
        const named = [...orgLabels(s.reportedBy), ...personLabels(s.reporterKey ? persons.get(s.reporterKey) : undefined)];
        const ev = s.evidence[0];
        const holder = ev ? statementContaining(facts.statements, ev) : undefined;
        return {
          paragraph: ev?.paragraph ?? '',
          value: s.value,
          reporter: named.length > 0 ? named : holder ? speakerLabels(holder, persons) : [],
        };
      });
      return matchItems(
        gold.statistics,
        predicted,
        (g, p) =>
          g.paragraph === p.paragraph &&
          Math.abs(g.value - p.value) < 1e-9 &&
          (g.reporter == null ? p.reporter.length === 0 : namesMatch(alternatives(g.reporter), p.reporter, state)),
        {
          gold: (g) => `¶${g.paragraph} ${g.value} by ${alternatives(g.reporter)[0] ?? '–'}`,
          predicted: (p) => `¶${p.paragraph} ${p.value} by ${p.reporter[0] ?? '–'}`,
        },
      );
    }
    case 'observations': {
      if (!gold.observations) return null;
      const sameSet = (want: string[], got: string[]) =>
        want.length === got.length && want.every((w) => got.some((x) => normalizeName(x) === normalizeName(w) || dice(w, x) >= 0.8 || (state(w) != null && state(w) === state(x))));
      return matchItems(
        gold.observations,
        facts.observations,
        (g, p) =>
          g.number === p.number &&
          (g.addressees == null || sameSet(g.addressees, p.addressees)) &&
          (g.recommendedBy == null || sameSet(g.recommendedBy, p.recommendedBy)),
        {
          gold: (g) => `${g.number} → ${(g.addressees ?? g.recommendedBy ?? []).join(', ')}`,
          predicted: (p) => `${p.number} → ${(p.addressees.length ? p.addressees : p.recommendedBy).join(', ')}`,
        },
      );
    }
  }
}

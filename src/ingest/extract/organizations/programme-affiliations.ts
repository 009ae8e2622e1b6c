/**
 * The organizations a programme of panels gives its people ("Ms. X, Executive Director, Open
 * Ledger Nigeria" in a table cell or under "Panellists:"). The programme is often the only
 * place that names them, and the people reader has already told post from organization there
 * (people/programme.ts), so each is a candidate cited in its block (`annex-<n>`). So does a
 * roster table's organization column ("Panellist | Organization | Function").
 */
import type { ParsedDocument } from '../../parse/parsed-document.js';
import type { CitableText } from '../citable-texts.js';
import { evidenceAt } from '../citable-texts.js';
import { KIND_RANK, isNotOrganization, type OrgCandidate } from '../org-candidate.js';
import { kindFromName } from '../org-kind.js';
import { readProgramme, readRosters } from '../people/programme.js';
import { findPeopleLists } from '../people/lists.js';
import { findPersonMentions } from '../people/mentions.js';

export function programmeAffiliations(
  doc: ParsedDocument,
  isPlace: (name: string) => boolean,
): { texts: CitableText[]; candidates: OrgCandidate[] } {
  const lookup = (s: string) => (isPlace(s) ? s : null);
  const read = readProgramme(doc, lookup);
  // a roster table's organization column names them as plainly as a programme's cells
  const seats = [...read.seats, ...read.loose, ...readRosters(doc, lookup)];
  const texts = new Map<string, CitableText>();
  const candidates: OrgCandidate[] = [];
  for (const s of seats) {
    texts.set(s.key, { key: s.key, text: s.text, kind: 'paragraph', footnoteRefs: [] });
    const org = s.mention.organization;
    if (!org?.name || isNotOrganization(org.name) || isPlace(org.name)) continue;
    // "Post, Organization: Ms. X" puts the organization before the name
    const after = s.text.indexOf(org.name, s.mention.nameEnd);
    const at = after >= 0 ? after : s.text.indexOf(org.name, s.mention.start);
    if (at < 0 || at >= s.mention.end) continue;
    candidates.push(
      affiliationCandidate({ name: org.name, acronym: org.acronym }, 'rule', 0.8, evidenceAt(s.key, s.text, at, at + org.name.length)),
    );
  }
  return { texts: [...texts.values()], candidates };
}

/**
 * The same for a paragraph's list of panellists, moderators or chairs ("The following persons
 * took part as panellists: (a) Mr. X (member, Saami Council); …"): each listed person's
 * employer, as the people reader splits it, is an organization the document names.
 */
export function listedAffiliations(texts: CitableText[], isPlace: (name: string) => boolean): OrgCandidate[] {
  const lookup = (s: string) => (isPlace(s) ? s : null);
  const out: OrgCandidate[] = [];
  for (const t of texts) {
    if (!/panel|moderat|chair|presid/i.test(t.text)) continue;
    const lists = findPeopleLists(t.text).filter((l) => l.role !== null && l.role !== 'speaker');
    if (lists.length === 0) continue;
    for (const m of findPersonMentions(t.text, lookup)) {
      const org = m.organization;
      if (!org?.name || !lists.some((l) => m.nameStart >= l.start && m.nameStart < l.end)) continue;
      if (isNotOrganization(org.name) || isPlace(org.name)) continue;
      const at = t.text.indexOf(org.name, m.nameEnd);
      if (at < 0 || at >= m.end) continue;
      out.push(
        affiliationCandidate({ name: org.name, acronym: org.acronym }, 'pattern', 0.7, evidenceAt(t.key, t.text, at, at + org.name.length)),
      );
    }
  }
  return out;
}

/**
 * Every named person's employer in the paragraphs ("X, Senior Economist at the Y Centre (YC),
 * said …", "Speaking on behalf of the Z Network, W noted …"): the people reader has told post
 * from organization, so the employer is a candidate wherever the text gives one. Weak: a body
 * another reader names in full keeps its own span.
 */
export function mentionAffiliations(texts: CitableText[], isPlace: (name: string) => boolean): OrgCandidate[] {
  const lookup = (s: string) => (isPlace(s) ? s : null);
  const out: OrgCandidate[] = [];
  for (const t of texts) {
    for (const m of findPersonMentions(t.text, lookup)) {
      const org = m.organization;
      if (!org?.name || isNotOrganization(org.name) || isPlace(org.name)) continue;
      const at = t.text.indexOf(org.name, m.start);
      if (at < 0 || at >= m.end) continue;
      // "Minister of Foreign Affairs": after a minister's or secretary's title, "of X" is a portfolio, not a body
      if (PORTFOLIO_BEFORE.test(t.text.slice(Math.max(0, at - 40), at))) continue;
      // "the Indigenous Peoples' Unit of the Ministry of …": a unit and its parent, which their own readers part
      if (UNIT_OF.test(org.name)) continue;
      out.push(
        affiliationCandidate({ name: org.name, acronym: org.acronym }, 'pattern', 0.6, evidenceAt(t.key, t.text, at, at + org.name.length)),
      );
    }
  }
  return out;
}

const UNIT_OF = /\b(?:Unit|Division|Section|Department|Branch|Directorate|Team|Desk)\s+(?:of|at)\s+(?:the\s+)?\p{Lu}/u;
const PORTFOLIO_BEFORE = /\b(?:Minister|Secretary|Secretary\s+of\s+State|Commissioner)\s+(?:of|for)\s+(?:the\s+)?$/;

/** A person's employer as an organization candidate, its kind guessed from its name. */
function affiliationCandidate(
  org: { name: string; acronym: string | null },
  method: OrgCandidate['method'],
  confidence: number,
  evidence: OrgCandidate['evidence'][number],
): OrgCandidate {
  const cue = kindFromName(org.name);
  return {
    name: org.name,
    acronym: org.acronym,
    aliases: [],
    ...(cue
      ? { kind: cue.kind, kindRank: cue.strong ? KIND_RANK.strongName : KIND_RANK.weakName }
      : { kind: null, kindRank: KIND_RANK.none }),
    location: null,
    method,
    confidence,
    evidence: [evidence],
  };
}

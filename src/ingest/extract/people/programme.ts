/**
 * A programme of panels printed outside the numbered paragraphs, as Chair's summaries and
 * conference room papers do:
 *   a table (one block per row) with a column of moderators and one of panellists
 *     "Segment | Theme | Moderator | Panellists" — one row per panel, entries split on ";"
 *   or a caption per panel followed by its people, one block each
 *     "Segment III: Title" / "Moderator: Ms. X, Post, Organization" / "Panellists:" + one person a line
 * Each row or caption is a panel, numbered in document order; each entry is one person, cited
 * by its unnumbered block (`annex-<n>`) with offsets in that block's text, as annex lists are.
 */
import type { ParsedDocument } from '../../parse/parsed-document.js';
import { annexKey } from '../citable-texts.js';
import type { StateLookup } from './affiliation.js';
import { findPersonMentions, mentionAround, type PersonMention } from './mentions.js';
import { readBareName } from './name-shapes.js';
import { splitAffiliation } from './affiliation.js';

export interface ProgrammePanel {
  ordinal: number;
  title: string;
  /** Citable key of the block that announces it, and the title's span there. */
  key: string;
  start: number;
  end: number;
}

export interface ProgrammeSeat {
  panel: number;
  role: 'moderator' | 'panellist';
  key: string;
  text: string;
  mention: PersonMention;
}

export interface Programme {
  panels: ProgrammePanel[];
  seats: ProgrammeSeat[];
  /**
   * People listed one a line after a bare "Panellists:" (or "Moderator:") line that no programme
   * caption heads: a panel's own list inside the section that is the panel ("## Panel 1: …").
   * Their `panel` is 0; the section, not the programme, says which panel they sit on.
   */
  loose: ProgrammeSeat[];
}

const MODERATOR_HEAD = /^(?:moderators?|moderator\(s\)|chairs?|chairpersons?|facilitators?)$/i;
const PANELLIST_HEAD = /^(?:panel(?:l)?ists?|panel(?:l)?ist\(s\)|speakers|presenters|discussants|resource\s+persons)$/i;
const TITLE_HEAD = /^(?:theme|topic|title|subject)s?$/i;
/** "Segment III: Title", "Panel 2 – Title", "Session B. Title": a panel's caption. */
const CAPTION = /^(?:Segment|Panel|Session|Part|Round\s+table|Roundtable)\s+(?:[IVXLC]{1,5}|\d{1,2}|[A-H])\s*[:.–—-]\s+(\S.{2,200})$/u;
const MODERATOR_LINE = /^(?:Moderators?|Moderated\s+by|Chair(?:person)?|Facilitators?)\s*:\s*/i;
const PANELLISTS_LINE = /^(?:Panel(?:l)?ists?|Speakers|Presenters|Discussants)\s*:\s*/i;
const BULLET = /^\s*(?:[•·*–-]\s*)?/;

interface Span {
  start: number;
  end: number;
}

/** `text[from, to)` split on ";" outside brackets, each part trimmed (a cell of several people). */
function entries(text: string, from: number, to: number): Span[] {
  const out: Span[] = [];
  let depth = 0;
  let s = from;
  for (let i = from; i <= to; i++) {
    const ch = i < to ? text[i] : ';';
    if (ch === '(') depth++;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    else if (ch === ';' && depth === 0) {
      let a = s;
      let b = i;
      while (a < b && /\s/.test(text[a] as string)) a++;
      while (b > a && /[\s.,]/.test(text[b - 1] as string)) b--;
      if (b > a) out.push({ start: a, end: b });
      s = i + 1;
    }
  }
  return out;
}

/** The person an entry opens on: "Ms. X, Post, Org", or a bare "Jane Roe, Post, Org" when a post follows. */
function personOf(text: string, span: Span, lookup: StateLookup): PersonMention | null {
  const part = text.slice(span.start, span.end);
  const lead = BULLET.exec(part)?.[0].length ?? 0;
  const shift = (m: PersonMention): PersonMention => ({
    ...m,
    start: m.start + span.start,
    end: m.end + span.start,
    nameStart: m.nameStart + span.start,
    nameEnd: m.nameEnd + span.start,
  });
  const mentions = findPersonMentions(part, lookup);
  const found = mentions.find((m) => m.start <= lead + 1);
  if (found) {
    // "Dr. X, Institute for Y (State), Senior Fellow": a line may give the organization before the post
    const rest = /^,\s+(.+)$/.exec(part.slice(found.nameEnd).replace(/[;.,\s]+$/, ''));
    if (!found.position && !found.organization && rest) {
      const aff = splitAffiliation(rest[1] as string, lookup);
      if (aff.position && (aff.organization || aff.state))
        return shift({ ...found, ...aff, end: found.nameEnd + (rest[0] as string).length });
    }
    return shift(found);
  }
  // "Head of Investigations, Minerals Directorate (Ghana): Mr. X": the post and its body before a colon
  const colon = /^(.{3,200}?):\s+/.exec(part.slice(lead));
  const named = colon ? mentions.find((m) => m.start === lead + (colon[0] as string).length) : undefined;
  if (colon && named && named.end >= part.replace(/[;.,\s]+$/, '').length) {
    const aff = splitAffiliation(colon[1] as string, lookup);
    if (aff.position)
      return shift({
        ...named,
        start: lead,
        position: named.position ?? aff.position,
        organization: named.organization ?? aff.organization,
        state: named.state ?? aff.state,
      });
  }
  const run = readBareName(part, lead, (s) => lookup(s) !== null);
  if (!run || !/^,\s/.test(part.slice(run.end))) return null;
  const m = mentionAround(part, { name: run.name, honorific: null, start: run.start, nameStart: run.start, nameEnd: run.end }, lookup);
  return m.position ? shift(m) : null;
}

/** Offsets of each " | " cell of a table row (one block per row, as the readers give a table). */
function cellsOf(text: string): Span[] {
  const cells: Span[] = [];
  let s = 0;
  for (;;) {
    const bar = text.indexOf(' | ', s);
    const e = bar < 0 ? text.length : bar;
    cells.push({ start: s, end: e });
    if (bar < 0) return cells;
    s = bar + 3;
  }
}

interface TableColumns {
  width: number;
  title: number;
  moderator: number;
  panellists: number;
}

/** A header row with a column of panellists: which column holds what. */
function tableHeader(text: string): TableColumns | null {
  if (!text.includes(' | ')) return null;
  const header = cellsOf(text).map((c) => text.slice(c.start, c.end).trim());
  const panellists = header.findIndex((h) => PANELLIST_HEAD.test(h));
  if (panellists < 0 || rosterHeader(text)) return null;
  const moderator = header.findIndex((h) => MODERATOR_HEAD.test(h));
  let title = header.findIndex((h) => TITLE_HEAD.test(h));
  if (title < 0) title = header.findIndex((_, i) => i > 0 && i !== panellists && i !== moderator);
  return title < 0 ? null : { width: header.length, title, moderator, panellists };
}

/** Column heads of a list of people, one person a row: who, for which organization, in which post. */
const PERSON_HEAD = /^(?:panel(?:l)?ists?|speakers?|presenters?|names?|participants?)$/i;
const ORG_HEAD = /^(?:organi[sz]ations?|affiliations?|institutions?|entit(?:y|ies)|agenc(?:y|ies))$/i;
const POST_HEAD = /^(?:functions?|positions?|posts?|roles?|designations?)$/i;

interface RosterColumns {
  width: number;
  person: number;
  organization: number;
  post: number;
}

/** "Panellist | Organization | Function": a header of one person a row, with no column of panels' subjects. */
function rosterHeader(text: string): RosterColumns | null {
  if (!text.includes(' | ')) return null;
  const header = cellsOf(text).map((c) => text.slice(c.start, c.end).trim());
  const person = header.findIndex((h) => PERSON_HEAD.test(h));
  const organization = header.findIndex((h) => ORG_HEAD.test(h));
  if (person < 0 || organization < 0) return null;
  if (!header.every((h, i) => i === person || ORG_HEAD.test(h) || POST_HEAD.test(h))) return null;
  return { width: header.length, person, organization, post: header.findIndex((h) => POST_HEAD.test(h)) };
}

/** A person a roster table lists: the row's block, the section it stands in, the person read cell by cell. */
export interface RosterSeat {
  key: string;
  text: string;
  sectionKey: string | null;
  mention: PersonMention;
}

/**
 * Tables listing people one a row, under a header such as "Panellist | Organization | Function"
 * (the panellists of the panel whose section the table stands in): the name from its cell, the
 * organization ("Name (ACR)") and the post from theirs. The cells say which is which, so no
 * reading of the words is needed.
 */
export function readRosters(doc: ParsedDocument, lookup: StateLookup): RosterSeat[] {
  const out: RosterSeat[] = [];
  let roster: RosterColumns | null = null;
  for (const block of doc.unnumbered) {
    const text = block.text;
    const header = rosterHeader(text);
    if (header) {
      roster = header;
      continue;
    }
    const row = roster && text.includes(' | ') ? cellsOf(text) : null;
    if (!roster || !row || row.length !== roster.width) {
      roster = null;
      continue;
    }
    const who = row[roster.person] as Span;
    const named = findPersonMentions(text.slice(who.start, who.end), lookup)[0];
    const bare = named ? null : readBareName(text.slice(who.start, who.end).trim(), 0, (x) => lookup(x) !== null);
    const nameStart = who.start + (named ? named.nameStart : text.slice(who.start, who.end).search(/\S/));
    const name = named?.name ?? bare?.name;
    if (!name) continue;
    const orgCell = row[roster.organization] as Span;
    const org = text.slice(orgCell.start, orgCell.end).trim();
    const acr = /\s*\(([\p{Lu}][\p{L}\p{N}.&/-]*)\)$/u.exec(org);
    const postCell = roster.post >= 0 ? (row[roster.post] as Span) : null;
    const post = postCell ? text.slice(postCell.start, postCell.end).trim() : '';
    out.push({
      key: annexKey(block.order),
      text,
      sectionKey: block.sectionKey,
      mention: {
        name,
        honorific: named?.honorific ?? null,
        nameStart,
        nameEnd: nameStart + name.length,
        start: who.start + (named ? named.start : 0),
        end: text.length,
        position: post === '' ? null : post,
        organization: org === '' ? null : { name: acr ? org.slice(0, acr.index) : org, acronym: acr ? (acr[1] as string) : null },
        state: null,
      },
    });
  }
  return out;
}

export function readProgramme(doc: ParsedDocument, lookup: StateLookup): Programme {
  const panels: ProgrammePanel[] = [];
  const seats: ProgrammeSeat[] = [];
  const seat = (panel: number, role: ProgrammeSeat['role'], key: string, text: string, spans: Span[]) => {
    for (const span of spans) {
      const mention = personOf(text, span, lookup);
      if (mention) seats.push({ panel, role, key, text, mention });
    }
  };
  let listing = false;
  const loose: ProgrammeSeat[] = [];
  let looseRole: ProgrammeSeat['role'] | null = null;
  let table: TableColumns | null = null;
  for (const block of doc.unnumbered) {
    const key = annexKey(block.order);
    const text = block.text;
    const header = tableHeader(text);
    if (header) {
      table = header;
      listing = false;
      continue;
    }
    const row = table && text.includes(' | ') ? cellsOf(text) : null;
    if (table && row && row.length === table.width) {
      const cell = row[table.title] as Span;
      const title = text.slice(cell.start, cell.end).trim();
      if (title.length < 3) continue;
      const ordinal = panels.length + 1;
      panels.push({ ordinal, title, key, start: cell.start, end: cell.end });
      const mod = table.moderator >= 0 ? row[table.moderator] : undefined;
      if (mod) seat(ordinal, 'moderator', key, text, entries(text, mod.start, mod.end));
      const pan = row[table.panellists] as Span;
      seat(ordinal, 'panellist', key, text, entries(text, pan.start, pan.end));
      continue;
    }
    table = null;
    const caption = CAPTION.exec(text.trim());
    if (caption) {
      listing = false;
      const title = (caption[1] as string).replace(/[.\s]+$/, '');
      const start = text.indexOf(title);
      panels.push({ ordinal: panels.length + 1, title, key, start, end: start + title.length });
      continue;
    }
    const current = panels[panels.length - 1];
    const moderator = MODERATOR_LINE.exec(text);
    const panellists = PANELLISTS_LINE.exec(text);
    if (!current) {
      // no programme caption: a "Panellists:" line opens a list of the section's own people
      const head = panellists ?? moderator;
      if (head) {
        looseRole = panellists ? 'panellist' : 'moderator';
        if (head[0].length >= text.trimEnd().length) continue;
        const before = seats.length;
        seat(0, looseRole, key, text, entries(text, head[0].length, text.length));
        loose.push(...seats.splice(before));
        if (looseRole === 'moderator') looseRole = null;
        continue;
      }
      if (looseRole) {
        const before = seats.length;
        seat(0, looseRole, key, text, [{ start: 0, end: text.length }]);
        if (seats.length === before) looseRole = null;
        else loose.push(...seats.splice(before));
      }
      continue;
    }
    if (current && moderator) {
      listing = false;
      seat(current.ordinal, 'moderator', key, text, entries(text, moderator[0].length, text.length));
    } else if (current && panellists) {
      // "Panellists:" alone: the people follow, one block each
      listing = panellists[0].length >= text.trimEnd().length;
      if (!listing) seat(current.ordinal, 'panellist', key, text, entries(text, panellists[0].length, text.length));
    } else if (current && listing) {
      const before = seats.length;
      seat(current.ordinal, 'panellist', key, text, [{ start: 0, end: text.length }]);
      if (seats.length === before) listing = false;
    } else listing = false;
  }
  // a programme names its people: captions with nobody under them are headings, not panels
  const seated = new Set(seats.map((s) => s.panel));
  if (panels.some((p) => !seated.has(p.ordinal))) {
    const kept = panels.filter((p) => seated.has(p.ordinal));
    const renumber = new Map(kept.map((p, i) => [p.ordinal, i + 1] as const));
    return {
      panels: kept.map((p) => ({ ...p, ordinal: renumber.get(p.ordinal) as number })),
      seats: seats.map((s) => ({ ...s, panel: renumber.get(s.panel) as number })),
      loose,
    };
  }
  return { panels, seats, loose };
}

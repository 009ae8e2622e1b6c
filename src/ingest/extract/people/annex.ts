/**
 * A delegation listed in an annex ("Composition of the delegation": "The delegation of X was
 * headed by …, Dr. Y and composed of the following members: • Ms. Z, Director, Government
 * Office …;" or "Head of delegation: …", "Minister of … – Ms. Z"). The annex's lines are not
 * numbered paragraphs, so each person is cited by the annex block (`annex-<n>`) with offsets in
 * that block's text. Every member belongs to the delegation's State.
 */
import { annexKey } from '../citable-texts.js';
import type { ParsedDocument } from '../../parse/parsed-document.js';
import { splitAffiliation, type StateLookup } from './affiliation.js';
import { findPersonMentions, mentionAround, type PersonMention } from './mentions.js';
import { readBareName } from './name-shapes.js';

export interface AnnexPerson {
  key: string;
  text: string;
  mention: PersonMention;
  roles: string[];
  state: string | null;
}

const DELEGATION = /\bdelegation\b/i;
const DELEGATION_OF = /\bdelegation\s+of\s+(?:the\s+)?(\p{Lu}[\p{L}'’ -]{1,60}?)(?=\s+(?:was|is|were|headed|led|composed)\b|[,.:;]|$)/u;
const HEAD_CAPTION = /^\s*(?:[•·*-]\s*)?Head\s+of\s+(?:the\s+)?delegation\s*:\s*/i;

/** "Position – Name" or "Name – Position" (dash or colon), when one side is a bare name. */
function dashPerson(text: string, from: number, lookup: StateLookup): PersonMention | null {
  const sep = /\s+[–—-]\s+|:\s+/.exec(text.slice(from));
  if (!sep) return null;
  const leftEnd = from + sep.index;
  const rightStart = leftEnd + sep[0].length;
  const end = text.replace(/[;.,\s]+$/, '').length;
  const isState = (s: string) => lookup(s) !== null;
  const right = readBareName(text, rightStart, isState);
  if (right && right.end >= end) {
    const aff = splitAffiliation(text.slice(from, leftEnd), lookup);
    return { name: right.name, honorific: null, nameStart: right.start, nameEnd: right.end, start: from, end, ...aff };
  }
  const left = readBareName(text, from, isState);
  if (left && left.end === leftEnd) {
    const aff = splitAffiliation(text.slice(rightStart, end), lookup);
    return { name: left.name, honorific: null, nameStart: left.start, nameEnd: left.end, start: from, end, ...aff };
  }
  return null;
}

/**
 * "Name, Post, Organization;" with no honorific: in running text a bare name before a comma
 * vouches for nobody, but a line of a delegation list that opens on a name followed by a
 * post is a member. Accepted only when a post is read after the name.
 */
function commaPerson(text: string, from: number, lookup: StateLookup): PersonMention | null {
  const run = readBareName(text, from, (s) => lookup(s) !== null);
  if (!run || !/^,\s/.test(text.slice(run.end))) return null;
  const m = mentionAround(text, { name: run.name, honorific: null, start: run.start, nameStart: run.start, nameEnd: run.end }, lookup);
  return m.position ? m : null;
}

export interface DelegationBlock {
  /** Citable key of the unnumbered block: `annex-<order>`. */
  key: string;
  text: string;
  /** The State whose delegation it lists, when the caption or an earlier line names it. */
  state: string | null;
}

/** Unnumbered blocks that list a delegation: under a "delegation" heading, or after a line saying who headed or composed it. */
export function delegationBlocks(doc: ParsedDocument, lookup: StateLookup): DelegationBlock[] {
  const out: DelegationBlock[] = [];
  const titles = new Map(doc.sections.map((s) => [s.key, s.title]));
  let inDelegation = false;
  let state: string | null = null;
  let section: string | null = null;
  for (const block of doc.unnumbered) {
    const title = block.sectionKey ? (titles.get(block.sectionKey) ?? '') : '';
    if (block.sectionKey !== section) {
      section = block.sectionKey;
      inDelegation = DELEGATION.test(title);
      state = null;
    }
    const of = DELEGATION_OF.exec(block.text) ?? DELEGATION_OF.exec(title);
    if (of) {
      const name = lookup((of[1] as string).trim());
      if (name) state = name;
    }
    if (DELEGATION.test(block.text) && /\b(?:headed|led|composed|members)\b/i.test(block.text)) inDelegation = true;
    if (inDelegation) out.push({ key: annexKey(block.order), text: block.text, state });
  }
  return out;
}

export function readAnnexPeople(doc: ParsedDocument, lookup: StateLookup): AnnexPerson[] {
  const out: AnnexPerson[] = [];
  for (const { key, text, state } of delegationBlocks(doc, lookup)) {
    const mentions = findPersonMentions(text, lookup);
    const head = HEAD_CAPTION.exec(text);
    if (mentions.length === 0) {
      const from = head ? head[0].length : (/^\s*(?:[•·*-]\s*)?/.exec(text)?.[0].length ?? 0);
      const m = head ? readBareName(text, from, (s) => lookup(s) !== null) : null;
      const person = m
        ? {
            name: m.name,
            honorific: null,
            nameStart: m.start,
            nameEnd: m.end,
            start: m.start,
            end: m.end,
            position: null,
            organization: null,
            state: null,
          }
        : (dashPerson(text, from, lookup) ?? commaPerson(text, from, lookup));
      if (person) mentions.push(person);
    }
    for (const [i, found] of mentions.entries()) {
      // "Minister of Justice – Ms. X": the post before a dash or colon is the person's
      const lead = /^\s*(?:[•·*-]\s*)?(.+?)\s*(?:[–—-]|:)\s*$/.exec(text.slice(0, found.start));
      if (lead && !found.position && !HEAD_CAPTION.test(text) && i === 0) {
        const aff = splitAffiliation(lead[1] as string, lookup);
        mentions[i] = {
          ...found,
          position: aff.position,
          organization: found.organization ?? aff.organization,
          state: found.state ?? aff.state,
        };
      }
    }
    for (const m of mentions) {
      const headed = /\b(?:headed|led)\s+by\b/i.test(text.slice(0, m.start + 1)) && !/\bcomposed\b/i.test(text.slice(0, m.start));
      const roles = headed || head ? ['head of delegation'] : ['delegation member'];
      out.push({ key, text, mention: m, roles, state });
    }
  }
  return out;
}

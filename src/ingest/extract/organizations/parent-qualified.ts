/**
 * A body named together with the organization it belongs to. UN records write one body in
 * several ways: "the Group of Experts on … of the Council of Europe", "the Council of Europe
 * Commissioner …", "the Commissioner …", and give it an acronym prefixed with its parent's
 * ("CoE-GRETA", "OSCE/ODIHR"). Two readings follow:
 *
 *   - a definition "<name with its parent> (<Parent>-<Body>)": the parent part of the acronym
 *     must abbreviate the parent named in the name, at its end ("… of the <Parent>") or at its
 *     start ("<Parent> <Body>"). The body part is not checked: it is often no initials of the
 *     English name ("GRETA", "Commissioner"), and the whole name runs past the word window of
 *     Schwartz–Hearst (schwartz-hearst.ts);
 *   - the split of a name into body and parent, for telling that "X of the P" is X (a caller
 *     decides whether P is an organization).
 */
import { abbreviates, type AbbreviationCandidate, type AbbreviationPair } from './schwartz-hearst.js';
import { nameBefore } from '../proper-names.js';

export interface ParentSplit {
  /** The body's own name: "Group of Experts on …". */
  body: string;
  /** The organization it belongs to, as written: "Council of Europe". */
  parent: string;
}

/** "ParentAcr-BodyAcr" or "ParentAcr/BodyAcr": the parent's part, or null. */
export function parentPart(acronym: string): string | null {
  const m = /^([\p{L}\p{N}]+)[-/][\p{L}\p{N}]/u.exec(acronym);
  return m && (m[1]!.match(/\p{Lu}/gu) ?? []).length >= 2 ? m[1]! : null;
}

/**
 * Every way to read `name` as a body and its parent: "X of the P" at each "of the" (the body
 * keeps two words or more), and "P X" after each of the first four words when the words so far
 * end in a capitalised one and `isParentStart` says they name an organization.
 */
export function parentSplits(name: string, isParentStart: (words: string) => boolean = () => false): ParentSplit[] {
  const out: ParentSplit[] = [];
  const suffix = / of the (?=\p{Lu})/gu;
  for (let m = suffix.exec(name); m !== null; m = suffix.exec(name)) {
    const body = name.slice(0, m.index).trim();
    if (body.split(/\s+/).length >= 2) out.push({ body, parent: name.slice(m.index + m[0].length).trim() });
  }
  const words = name.split(/\s+/);
  for (let k = 1; k <= Math.min(4, words.length - 2); k++) {
    const parent = words.slice(0, k).join(' ');
    const body = words.slice(k).join(' ');
    // A parent is a name: it ends in a capitalised word ("Council of Europe", not "Commissioner for").
    if (/^\p{Lu}/u.test(body) && /(?:^|\s)\p{Lu}\S*$/u.test(parent) && isParentStart(parent)) out.push({ body, parent });
  }
  return out;
}

/**
 * The definition of a parent-prefixed acronym ("… of the Council of Europe (CoE-GRETA)"), when
 * Schwartz–Hearst finds none: the capitalised name before the parenthesis, accepted when the
 * acronym's parent part abbreviates the parent that name ends or starts with.
 */
export function parentQualifiedPair(c: AbbreviationCandidate, text: string): AbbreviationPair | null {
  if (c.order !== 'long-short') return null;
  const parentAcronym = parentPart(c.short);
  if (!parentAcronym) return null;
  const span = nameBefore(text, c.windowStart + c.window.length);
  if (!span || span.start < c.windowStart) return null;
  const fits = parentSplits(span.text, (words) => abbreviates(parentAcronym, words)).some((s) => abbreviates(parentAcronym, s.parent));
  if (!fits) return null;
  return {
    short: c.short,
    long: span.text,
    shortStart: c.shortStart,
    shortEnd: c.shortEnd,
    longStart: span.start,
    longEnd: span.end,
    order: c.order,
  };
}

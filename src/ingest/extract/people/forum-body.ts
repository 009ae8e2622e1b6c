/**
 * "Ms. X, member of the Committee", "Vice-Chair of the Commission": a body named by its head noun
 * alone is, in the body's own record, the body whose session the document records. When that
 * body's name is headed ("Committee on …") or ended ("Human Rights Council") by the same noun, the
 * person's employer is that body, by its full name.
 */
import type { OrgRef, PersonFact, PanellistFact } from '../facts.js';

/** A single capitalised common noun: "Committee", "Council", "Commission", "Forum". */
const HEAD_NOUN = /^\p{Lu}\p{Ll}+$/u;

export function forumBodyOf(org: OrgRef | null, bodyName: string | null | undefined): OrgRef | null {
  if (!org?.name || org.acronym || !bodyName || !HEAD_NOUN.test(org.name)) return null;
  const words = bodyName.trim().split(/\s+/);
  if (words.length < 2) return null;
  return words[0] === org.name || words[words.length - 1] === org.name ? { name: bodyName.trim(), acronym: null } : null;
}

export function withForumBody<T extends PersonFact | PanellistFact>(items: T[], bodyName: string | null | undefined): T[] {
  return items.map((x) => {
    const body = forumBodyOf(x.organization, bodyName);
    return body ? { ...x, organization: body } : x;
  });
}

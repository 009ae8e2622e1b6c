/**
 * Acronyms as whole tokens: at each place not glued to a letter, digit or joiner before it
 * (`-/&.`), the longest acronym of the list that the text continues with; the search goes on
 * after it, or one character on. It reads as one regex alternation (longest first) reads,
 * without one: compiling an alternation of the document's acronyms cost more than running it.
 * A footnote number glued to an acronym ("HRORS103", "JS384") still counts when the acronym
 * ends in a letter, or when the digits are a footnote the paragraph cites.
 */

export interface AcronymMatch {
  acronym: string;
  start: number;
  end: number;
}

const GLUED_BEFORE = /[\p{L}\p{N}\-/&.]$/u;

export function acronymScanner(acronyms: readonly string[]): (text: string, footnoteRefs: string[]) => AcronymMatch[] {
  if (acronyms.length === 0) return () => [];
  // By first character, longest first (a stable sort: the order an alternation would try them in).
  const byFirst = new Map<string, string[]>();
  for (const a of [...acronyms].sort((a, b) => b.length - a.length)) {
    if (a === '') continue;
    const list = byFirst.get(a[0]!) ?? [];
    list.push(a);
    byFirst.set(a[0]!, list);
  }
  return (text, footnoteRefs) => {
    const out: AcronymMatch[] = [];
    for (let at = 0; at < text.length;) {
      const candidates = byFirst.get(text[at]!);
      const found =
        candidates && !GLUED_BEFORE.test(text.slice(Math.max(0, at - 2), at)) ? candidates.find((a) => text.startsWith(a, at)) : undefined;
      if (found === undefined) {
        at++;
        continue;
      }
      const start = at;
      const end = at + found.length;
      at = end;
      const after = text.slice(end, end + 12);
      if (/^\p{L}/u.test(after) || /^[-/&][\p{L}\p{N}]/u.test(after)) continue;
      const digits = /^\d+/.exec(after)?.[0];
      if (digits && (/\d$/.test(found) ? !footnoteRefs.includes(digits) : /^\d+\p{L}/u.test(after))) continue;
      out.push({ acronym: found, start, end });
    }
    return out;
  };
}

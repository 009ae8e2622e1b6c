/**
 * Layout-proof text helpers for endnote lists, and the splitting of a joint submission's
 * "submitted by:" list into member organizations: "A (Kenya), the B, and C in partnership
 * with D and the E Commission (Slovenia)". Commas, "in partnership with", "namely" always
 * separate members; a bare "and" only when what follows starts a new name ("and the …",
 * "and Association …"), since "and" also sits inside names ("Institute on Statelessness and
 * Inclusion"). A country in parentheses is the member's location; a run of places at the end
 * ("…, Ljubljana, Slovenia") is where the members are.
 */

export interface Flat {
  text: string;
  /** Original offset of each character of `text`. */
  map: number[];
}

const ORG_START =
  /^(?:the\s+\p{Lu}|(?:Association|Society|Institute|Centre|Center|Foundation|Network|Coalition|Union|Federation|Council|Committee|Commission|League|Alliance|Movement|Initiative|Organi[sz]ation|Forum|Trust|Fund)\b)/u;
/** Head nouns of a body's name, used to tell a member or an attachment's body from a place or a report title. */
export const ORG_HEAD =
  /\b(?:Organi[sz]ation|Association|Foundation|Institute|Centre|Center|Council|Commission|Commissioner|Committee|Agency|Office|Group|Network|Union|Society|Trust|Court|Rapporteur|Panel|Board|Secretariat|Directorate|Mission|Assembly|Parliament|Ombudsman|Bank|Fund)\b/;

/** Collapses whitespace runs to one space, remembering where each character came from. */
export function collapse(text: string): Flat {
  let out = '';
  const map: number[] = [];
  let space = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (/\s/.test(ch)) {
      space = out.length > 0;
      continue;
    }
    if (space) {
      out += ' ';
      map.push(i - 1);
      space = false;
    }
    out += ch;
    map.push(i);
  }
  return { text: out, map };
}

interface Piece {
  start: number;
  end: number;
}

function trimPiece(flat: string, p: Piece): Piece {
  let { start, end } = p;
  const lead = /^(?:\s|,|and\s|the\s|The\s|[Mm]embers of (?:the\s)?|namely\s)+/.exec(flat.slice(start, end));
  if (lead) start += lead[0].length;
  const trail = /[\s,;.]+$/.exec(flat.slice(start, end));
  if (trail) end -= trail[0].length;
  return { start, end };
}

/** Masks parenthesised text (keeping offsets) so delimiters inside "(an umbrella …, …)" are ignored. */
export function maskParens(s: string): string {
  let depth = 0;
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    if (ch === '(') depth++;
    out += depth > 0 ? '_' : ch;
    if (ch === ')' && depth > 0) depth--;
  }
  return out;
}

const MEMBER_DELIMITER = /,\s*(?:and\s+)?|\s+in partnership with\s+|[\s,]+namely\s+|\s+as well as\s+|\s+together with\s+|;\s*/g;

/** Splits "A (X), the B, and C in partnership with D and the E" into member names with locations. */
export function splitMembers(
  flat: string,
  from: number,
  to: number,
  isPlace: (name: string) => boolean,
): { start: number; end: number; name: string; location: string | null }[] {
  const masked = maskParens(flat.slice(from, to));
  const pieces: Piece[] = [];
  let last = 0;
  MEMBER_DELIMITER.lastIndex = 0;
  for (let m = MEMBER_DELIMITER.exec(masked); m !== null; m = MEMBER_DELIMITER.exec(masked)) {
    pieces.push({ start: from + last, end: from + m.index });
    last = m.index + m[0].length;
  }
  pieces.push({ start: from + last, end: to });

  const split: Piece[] = [];
  for (const piece of pieces) {
    // " and " separates two members only when what follows starts a new name ("… and the Justice and Peace Commission").
    let start = piece.start;
    const inner = maskParens(flat.slice(piece.start, piece.end));
    const re = / and /g;
    for (let m = re.exec(inner); m !== null; m = re.exec(inner)) {
      const left = flat.slice(start, piece.start + m.index).trim();
      const right = flat.slice(piece.start + m.index + 5, piece.end);
      if (ORG_START.test(right) && left.split(/\s+/).length >= 2) {
        split.push({ start, end: piece.start + m.index });
        start = piece.start + m.index + 5;
      }
    }
    split.push({ start, end: piece.end });
  }

  const members: { start: number; end: number; name: string; location: string | null }[] = [];
  let prevPieceEnd = -1;
  for (const raw of split) {
    const p = trimPiece(flat, raw);
    let text = flat.slice(p.start, p.end);
    let location: string | null = null;
    const paren = /\s*\(([^()]*)\)\s*$/.exec(text);
    let end = p.end;
    if (paren) {
      if (isPlace(paren[1]!) || /^\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,2}$/u.test(paren[1]!)) location = paren[1]!;
      end = p.start + paren.index;
    }
    text = flat
      .slice(p.start, end)
      .replace(/\s*\([^()]*\)/g, '')
      .trim();
    if (text === '' || !/^\p{Lu}/u.test(text)) continue;
    // "A Trust, Accra (Ghana)": a short name without a head noun, put after a member by a bare
    // comma and followed by its country in brackets, is where that member sits (its city).
    const prev = members[members.length - 1];
    if (
      prev &&
      (prev.location === null || !isPlace(prev.location)) &&
      location !== null &&
      isPlace(location) &&
      !ORG_HEAD.test(text) &&
      !ORG_START.test(text) &&
      text.split(/\s+/).length <= 3 &&
      /^\s*,\s*$/.test(flat.slice(prevPieceEnd, p.start))
    ) {
      prev.location = `${text}, ${location}`;
      continue;
    }
    members.push({ start: p.start, end, name: text, location });
    prevPieceEnd = p.end;
  }
  // A run of places at the end is where the last members are, not more members ("…, Ljubljana, Slovenia").
  const trailing: string[] = [];
  while (members.length > 1) {
    const tail = members[members.length - 1]!;
    const before = members[members.length - 2]!;
    const placeLike = isPlace(tail.name) || (trailing.length > 0 && /^\p{Lu}\p{L}+$/u.test(tail.name) && !ORG_HEAD.test(tail.name));
    if (!placeLike || ORG_HEAD.test(tail.name)) break;
    trailing.unshift(tail.name);
    members.pop();
    if (!isPlace(before.name) && !/^\p{Lu}\p{L}+$/u.test(before.name)) break;
  }
  const where = trailing.length > 0 ? trailing.join(', ') : null;
  return members.map((m) => ({ ...m, location: m.location ?? where }));
}

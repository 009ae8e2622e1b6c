/**
 * Organizations in a speakers' list without captions ("The following also made statements: the
 * World Health Organization (WHO); Fundación X, Y y Z; and Network W."): the statements reader
 * already parts such a list into entries (statements/speakers-lists.ts), keeping the commas an
 * entry's name holds, so each organization entry is a candidate under its whole name.
 */
import type { ParsedDocument } from '../../parse/parsed-document.js';
import { evidenceAt } from '../citable-texts.js';
import { KIND_RANK, isNotOrganization, type OrgCandidate } from '../org-candidate.js';
import { kindFromName } from '../org-kind.js';
import { listedSpeakers, noteParagraph } from '../statements/speakers-lists.js';
import { FOOTNOTE_PREFIX } from '../citable-texts.js';

/** "(on behalf of the Group of 77 and China)", "(on behalf of the African Group)": a group of States by its head word. */
const BEHALF_GROUP =
  /\((?:also\s+)?on\s+behalf\s+of\s+(?:the\s+)?((?=\p{Lu})(?:[^()]*?\s)?(?:Group|Union|Community|Movement|League|Bloc)\b[^()]*?)\)/u;

const MADE_BY = /\b(?:[Ss]tatements?|[Ii]nterventions?)\s+(?:was|were)\s+(?:also\s+)?(?:made|delivered)\s+by\b/;
import type { StateGazetteer } from '../text-states.js';

export function listedSpeakerOrganizations(doc: ParsedDocument, states: StateGazetteer): OrgCandidate[] {
  const out: OrgCandidate[] = [];
  // a note that lists the speakers ("Statements were made by: (a) …") is often the only place that names them
  const notes = doc.footnotes.map((f, i) => noteParagraph(f, doc.paragraphs.length + i, null));
  for (const p of [...doc.paragraphs, ...notes]) {
    const note = p.number.startsWith(FOOTNOTE_PREFIX);
    const cued = MADE_BY.test(p.text);
    if (!cued && (!p.text.includes(':') || !p.text.includes(';'))) continue;
    for (const e of listedSpeakers(p, states)) {
      // "Cuba (on behalf of the Group of 77 and China)" in a note: the group of States is named there only
      if (e.kind === 'state' && note) {
        const group = BEHALF_GROUP.exec(p.text.slice(e.start, e.end));
        if (group) {
          const at = e.start + group.index + group[0].length - (group[1] as string).length - 1;
          out.push({
            name: group[1] as string,
            acronym: null,
            aliases: [],
            kind: 'igo',
            kindRank: KIND_RANK.weakName,
            location: null,
            method: 'pattern',
            confidence: 0.7,
            evidence: [evidenceAt(p.number, p.text, at, at + (group[1] as string).length)],
          });
        }
      }
      // in a paragraph's captionless list, only entries that hold a comma: the others the organization readers
      // find on their own; every entry of a note's list or of a "Statements were made by …" list
      if (e.kind !== 'organization' || isNotOrganization(e.name)) continue;
      if (!note && !cued && (!e.name.includes(',') || e.group !== null)) continue;
      const at = p.text.indexOf(e.name, e.start);
      if (at < 0 || at >= e.end) continue;
      const cue = kindFromName(e.name);
      out.push({
        name: e.name,
        acronym: e.acronym ?? null,
        aliases: [],
        ...(cue
          ? { kind: cue.kind, kindRank: cue.strong ? KIND_RANK.strongName : KIND_RANK.weakName }
          : { kind: 'ngo', kindRank: KIND_RANK.speaker }),
        location: null,
        method: 'pattern',
        confidence: 0.7,
        evidence: [evidenceAt(p.number, p.text, at, at + e.name.length)],
      });
    }
  }
  return out;
}

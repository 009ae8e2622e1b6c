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
import { listedSpeakers } from '../statements/speakers-lists.js';
import type { StateGazetteer } from '../text-states.js';

export function listedSpeakerOrganizations(doc: ParsedDocument, states: StateGazetteer): OrgCandidate[] {
  const out: OrgCandidate[] = [];
  for (const p of doc.paragraphs) {
    if (!p.text.includes(':') || !p.text.includes(';')) continue;
    for (const e of listedSpeakers(p, states)) {
      // only entries that hold a comma: the others the organization readers find on their own
      if (e.kind !== 'organization' || !e.name.includes(',') || e.group !== null || isNotOrganization(e.name)) continue;
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

/**
 * The body a document's title block names as its author: "Report of the Office of the United
 * Nations High Commissioner for Human Rights", "Note by the Secretary-General", often broken over
 * two lines by the cover's layout ("… High Commissioner for" / "Human Rights"). Only a name the
 * vocabulary knows is taken (a title block also names the forum, the session and the symbol),
 * cited on the title line where the name starts.
 */
import type { ParsedDocument } from '../../parse/parsed-document.js';
import type { Vocabularies } from '../vocabulary.js';
import { evidenceAt, titleKey } from '../citable-texts.js';
import { nameKey, type OrgCandidate } from '../org-candidate.js';
import { knownCandidate } from '../org-registry.js';

const AUTHOR_LINE = /^(?:Report|Note|Summary|Compilation|Study)\s+(?:of|by|prepared\s+by)\s+(?:the\s+)?/;
/** A line the cover broke: it ends on a word that cannot end a name. */
const BROKEN = /\s(?:for|of|on|and|the|in|to)$/;

export function findTitleAuthor(doc: ParsedDocument, vocab: Vocabularies): OrgCandidate[] {
  const out: OrgCandidate[] = [];
  doc.titleBlock.forEach((line, i) => {
    const m = AUTHOR_LINE.exec(line);
    if (!m) return;
    const first = line.slice(m[0].length).replace(/[\s*]+$/, '');
    const next = doc.titleBlock[i + 1];
    const name = BROKEN.test(first) && next ? `${first} ${next.trim().replace(/[\s*]+$/, '')}` : first;
    const key = nameKey(name);
    const known = vocab.organizations.find((o) => nameKey(o.name) === key || o.aliases.some((a) => nameKey(a) === key));
    if (!known) return;
    out.push(knownCandidate(known, [evidenceAt(titleKey(i), line, m[0].length, m[0].length + first.length)]));
  });
  return out;
}

/**
 * Organizations a document names, one OrganizationFact per organization with every place it
 * is named as evidence. Finders, strongest first:
 *   1. "Capitalised Name (ACR)" definitions, in paragraphs and footnotes (org-definitions.ts);
 *   2. stakeholder lists in endnotes, with their headings' kinds (org-endnotes.ts);
 *   3. affiliations: "the panellist from X", "a representative of X" (org-phrases.ts);
 *   4. known organizations from the vocabulary, by name, alias or acronym;
 *   5. named bodies: "the Ministry of Justice", "… Organization" (org-named-bodies.ts), kept
 *      only when no stronger finder's name already covers the same words.
 * Beside the definitions: the author a title block names ("Report of the Office of …"), when the
 * vocabulary knows it (organizations/title-author.ts).
 * One body under its own name and a parent-qualified one ("X" and "X of the Council of Europe")
 * is one organization (organizations/parent-merge.ts).
 * One body under several wordings is one organization (organizations/reworded.ts, keyed by
 * organizations/body-key.ts). An initiative the text calls a project is dropped
 * (organizations/named-projects.ts); a unit glued to its ministry is split (name-lists.ts).
 * Then every name, alias and acronym found is looked up again in all numbered paragraphs
 * ("HRORS noted", "EU-FRA103" with a glued footnote number), so evidence is complete
 * (organizations/evidence-pass.ts, with tolerant matches of misspelt known names).
 *
 * Kind, strongest source first: vocabulary; a specific endnote heading (NHRI, IGO, UN); a
 * strong name cue (joint submission, ombudsman, "United Nations …"); a generic heading ("Civil
 * society" → ngo); a weak name cue (University/Institute → academia, Ministry → government,
 * Ltd → private-sector); introduced as a panellist → ngo; else null.
 *
 * Not organizations: States and regions (vocab.places, "Government of X"), and the bodies of a
 * convention or council (Conference of the Parties, Working Groups, Human Rights Council…),
 * which the meeting extractor models; see `isNotOrganization`.
 */
import type { ParsedDocument } from '../parse/parsed-document.js';
import type { Evidence, OrganizationFact } from './facts.js';
import type { KnownOrganization, Vocabularies } from './vocabulary.js';
import { annexKey, coverage, dropNested, evidenceAt, footnoteTexts, paragraphTexts, type CitableText } from './citable-texts.js';
import { ROLE_LINE } from './people/extract-people.js';
import { acronymKey, candidateKeys, isNotOrganization, nameKey, placeNameTest, type OrgCandidate } from './org-candidate.js';
import { Registry, knownCandidate, type Group } from './org-registry.js';
import { findDefinitions } from './org-definitions.js';
import { findEndnoteStakeholders } from './org-endnotes.js';
import { findAffiliations, findInstitutions } from './org-phrases.js';
import { findNamedBodies } from './org-named-bodies.js';
import { bodyStart, isNotABody, isVenue, withoutSeat } from './organizations/not-organizations.js';
import { findRosterOrganizations } from './organizations/caption-rosters.js';
import { aliasCandidates } from './organizations/aliases.js';
import { mergeParentQualified, ownName } from './organizations/parent-merge.js';
import { mergeRewordings } from './organizations/reworded.js';
import { stateAdjectives } from './organizations/body-key.js';
import { withListedQualifier } from './organizations/listed-units.js';
import type { PlaceEntryWithForms } from './load-vocabularies.js';
import { stateGazetteer, stateUnderReview } from './text-states.js';
import { delegationBlocks } from './people/annex.js';
import { listedAffiliations, mentionAffiliations, programmeAffiliations } from './organizations/programme-affiliations.js';
import { listedSpeakerOrganizations } from './organizations/listed-speakers.js';
import { evidencePass } from './organizations/evidence-pass.js';
import { gluedUnit } from './name-lists.js';
import { namedAsProject } from './organizations/named-projects.js';
import { findTitleAuthor } from './organizations/title-author.js';
import { initialsFit } from './people/affiliation.js';

/** A note that lists speakers under captions, States first: "States: Chile, Peru. Intergovernmental organizations: …". */
const SPEAKERS_NOTE = /^\s*(?:Member\s+|Observer\s+)?States?\b[^:.;]{0,60}:\s/;

/** Links each group to its vocabulary entry (adds canonical name, kind, aliases). */
function linkKnown(registry: Registry, vocab: Vocabularies): void {
  for (const known of vocab.organizations) {
    const group = registry.find(candidateKeys(known));
    if (!group || group.known) continue;
    // "International Court of Justice (ICJ)" is not the vocabulary's ICJ (International Commission
    // of Jurists): an acronym shared with a document's own, different, long form links nothing
    if (sharesOnlyAcronym(group, known)) continue;
    const g = registry.add(knownCandidate(known, []));
    g.known = known;
  }
}

/** The document defines the acronym for a long form that is none of the known organization's names. */
function sharesOnlyAcronym(group: Group, known: KnownOrganization): boolean {
  if (!known.acronym || group.names.length === 0) return false;
  const knownNames = new Set([known.name, ...known.aliases].map(nameKey));
  if (group.names.some((n) => knownNames.has(nameKey(n)))) return false;
  // only a long form whose initials spell the acronym is a definition of it
  return group.names.some((n) => group.acronyms.some((a) => acronymKey(a) === acronymKey(known.acronym!) && initialsFit(a, n)));
}

/** A named body every mention of which lies inside another organization's name is part of that name. */
function absorbedWeak(group: Group, covered: (e: Evidence) => boolean): boolean {
  return group.weak && group.evidence.every(covered);
}

function pickAcronym(group: Group): string | null {
  const first = group.acronyms[0] ?? group.known?.acronym ?? null;
  if (!first) return null;
  const key = acronymKey(first);
  return group.acronyms.find((a) => acronymKey(a) === key && /[-/.]/.test(a)) ?? first;
}

function toFact(group: Group, order: Map<string, number>): OrganizationFact {
  const name = group.known?.name ?? ownName(group.names);
  const acronym = pickAcronym(group);
  const skip = new Set([name, acronym].filter((x): x is string => x !== null));
  const aliases = [
    ...new Set([...group.names, ...group.acronyms, ...group.aliases, ...(group.known ? [group.known.acronym ?? ''] : [])]),
  ].filter((a) => a !== '' && !skip.has(a) && !(name && nameKey(a) === nameKey(name) && a === name));
  const evidence = tidyEvidence(group.evidence, order);
  return {
    name,
    acronym,
    aliases,
    kind: group.kind,
    location: group.location,
    method: group.method,
    confidence: group.confidence,
    evidence,
    ...(group.contribution ? { contribution: group.contribution } : {}),
  };
}

/** Evidence in document order, without repeats or spans nested in a wider span of the same paragraph. */
function tidyEvidence(items: Evidence[], order: Map<string, number>): Evidence[] {
  return dropNested(items).sort(
    (a, b) => (order.get(a.paragraph) ?? 1e9) - (order.get(b.paragraph) ?? 1e9) || (a.start ?? 0) - (b.start ?? 0),
  );
}

/**
 * A candidate as a body, or null: a run that opens with a post or a person keeps only the body
 * it names ("Legal Adviser of the X" → "X"); posts, captions, meetings, programmes and venues
 * are dropped (organizations/not-organizations.ts).
 */
function asBody(c: OrgCandidate, texts: Map<string, string>, isPlace: (name: string) => boolean): OrgCandidate | null {
  if (!c.name) return c;
  const ev = c.evidence[0];
  const text = ev ? texts.get(ev.paragraph) : undefined;
  const before = text !== undefined && ev?.start !== undefined ? text.slice(Math.max(0, ev.start - 60), ev.start) : '';
  if (isVenue(c.name, before)) return null;
  const at = bodyStart(c.name, before, isPlace);
  if (at < 0) return null;
  let out = c;
  const cut = withoutSeat(c.name, isPlace);
  if (at > 0 || cut < c.name.length) {
    const name = c.name.slice(at, cut);
    const evidence = c.evidence.map((e) =>
      e.quote === c.name && e.start !== undefined && text !== undefined ? evidenceAt(e.paragraph, text, e.start + at, e.start + cut) : e,
    );
    out = { ...c, name, evidence };
  }
  return isNotABody(out.name!) || isNotOrganization(out.name!) || isPlace(out.name!) ? null : out;
}

/**
 * "Indigenous Peoples' Unit of the Ministry of Culture": a sub-unit with its own name, then the
 * body it belongs to; each is an organization (the unit's head alone, "Unit of the …", is cut
 * off by bodyStart).
 */
const UNIT_OF_PARENT = /^(\p{Lu}.*?\s(?:Unit|Section|Division|Branch))\s+of\s+the\s+((?:Ministry|Department|Office|Agency|Secretariat|Directorate)\s+(?:of|for)\s+\p{Lu}.*)$/u;
function unitOfParent(name: string): { unit: string; body: string; bodyAt: number } | null {
  const m = UNIT_OF_PARENT.exec(name);
  return m ? { unit: m[1] as string, body: m[2] as string, bodyAt: name.length - (m[2] as string).length } : null;
}

/** "Directorate for X Ministry of Y" (a comma lost): the unit and the ministry, each with its own span (name-lists.ts). */
function unglued(c: OrgCandidate, texts: Map<string, string>): OrgCandidate[] {
  const glued = c.name && !c.acronym ? (gluedUnit(c.name) ?? unitOfParent(c.name)) : null;
  if (!glued) return [c];
  const part = (name: string, from: number): OrgCandidate => ({
    ...c,
    name,
    evidence: c.evidence.map((e) => {
      const text = texts.get(e.paragraph);
      return e.quote === c.name && e.start !== undefined && text !== undefined
        ? evidenceAt(e.paragraph, text, e.start + from, e.start + from + name.length)
        : e;
    }),
  });
  return [part(glued.unit, 0), part(glued.body, glued.bodyAt)];
}

const adjectivesByPlaces = new WeakMap<Vocabularies['places'], Set<string>>();

/** The adjectives of every country of the vocabulary (body-key.ts stateAdjectives), once per vocabulary. */
function everyStateAdjective(vocab: Vocabularies): Set<string> {
  let out = adjectivesByPlaces.get(vocab.places);
  if (!out) {
    out = new Set<string>();
    for (const p of vocab.places) {
      if (p.kind !== 'country') continue;
      for (const a of stateAdjectives(p.name, (p as PlaceEntryWithForms).adjectives ?? [])) out.add(a);
    }
    adjectivesByPlaces.set(vocab.places, out);
  }
  return out;
}

export function extractOrganizations(doc: ParsedDocument, vocab: Vocabularies): OrganizationFact[] {
  const isPlace = placeNameTest(vocab);
  const paragraphs = paragraphTexts(doc);
  const footnotes = footnoteTexts(doc);
  // A delegation's list ("• Ms. X, Director, Migration Office, Ministry of the Interior;") is
  // unnumbered, but the bodies its members come from are named there and often nowhere else.
  const delegation: CitableText[] = delegationBlocks(doc, (s) => (isPlace(s) ? s : null)).map((b) => ({
    key: b.key,
    text: b.text,
    kind: 'paragraph',
    footnoteRefs: [],
  }));
  // A programme of panels (people/programme.ts) names its people's organizations there only.
  const programme = programmeAffiliations(doc, isPlace);
  // "Moderator: X, Post, Organization" under a session's heading (people/extract-people.ts reads it too)
  const roleLines: CitableText[] = doc.unnumbered
    .filter((b) => ROLE_LINE.test(b.text))
    .map((b) => ({ key: annexKey(b.order), text: b.text, kind: 'paragraph', footnoteRefs: [] }));
  const texts = new Map([...paragraphs, ...footnotes, ...delegation, ...programme.texts, ...roleLines].map((t) => [t.key, t.text]));
  const bodies = (cs: OrgCandidate[]): OrgCandidate[] =>
    cs
      .map((c) => asBody(c, texts, isPlace))
      .filter((c): c is OrgCandidate => c !== null)
      .flatMap((c) => unglued(c, texts));
  const registry = new Registry();
  for (const c of bodies(findDefinitions([...paragraphs, ...footnotes], isPlace))) registry.add(c);
  for (const c of findTitleAuthor(doc, vocab)) registry.add(c);
  for (const c of findEndnoteStakeholders(footnotes, isPlace)) registry.add(c, c.hintOnly === true);
  for (const c of bodies(aliasCandidates([...paragraphs, ...footnotes]))) registry.add(c);
  for (const c of bodies(findRosterOrganizations([...paragraphs, ...footnotes.filter((t) => SPEAKERS_NOTE.test(t.text))], isPlace))) registry.add(c);
  for (const c of bodies(findAffiliations(paragraphs, isPlace))) registry.add(c);
  for (const c of bodies(programme.candidates)) registry.add(c);
  // a footnote may list a panel's people ("The panel was composed of Ms. X, Post, Organization; …")
  for (const c of bodies(listedAffiliations([...paragraphs, ...footnotes], isPlace))) registry.add(c);
  for (const c of bodies(listedSpeakerOrganizations(doc, stateGazetteer(doc, vocab)))) registry.add(c);
  linkKnown(registry, vocab);
  const delegationTexts = new Map(delegation.map((t) => [t.key, t]));
  for (const c of bodies(findNamedBodies([...paragraphs, ...delegation], isPlace))) {
    registry.add(withListedQualifier(c, delegationTexts, isPlace), true);
  }
  for (const c of bodies(findInstitutions(paragraphs, isPlace))) registry.add(c, true);
  for (const c of bodies(mentionAffiliations([...paragraphs, ...roleLines], isPlace))) registry.add(c, true);
  linkKnown(registry, vocab);
  mergeParentQualified(registry, vocab);
  const reviewed = stateUnderReview(doc, stateGazetteer(doc, vocab));
  // the vocabulary's places may carry adjectives (load-vocabularies.ts), beside the regular forms
  const place = reviewed ? (vocab.places.find((p) => p.name === reviewed) as PlaceEntryWithForms | undefined) : undefined;
  // in a review, only the reviewed State's adjective (another State's ministry is another body);
  // a document that reviews no State is about the State its bodies are named after, whichever
  mergeRewordings(registry, reviewed ? stateAdjectives(reviewed, place?.adjectives ?? []) : everyStateAdjective(vocab));
  evidencePass(registry, vocab, paragraphs, footnotes);

  const order = new Map<string, number>();
  [...paragraphs, ...footnotes].forEach((t, i) => order.set(t.key, i));
  // an initiative the text calls a project is a project wherever else it is named
  const isProject = (g: Group): boolean =>
    !g.known &&
    g.evidence.some((e) => {
      const text = texts.get(e.paragraph);
      return (
        text !== undefined &&
        e.start !== undefined &&
        e.end !== undefined &&
        namedAsProject(text.slice(e.start, e.end), text, e.start, e.end)
      );
    });
  const live = registry.live().filter((g) => !g.hintOnly && (g.names.length > 0 || g.known !== null) && !isProject(g));
  const covered = coverage(live.filter((g) => !g.weak).flatMap((g) => g.evidence));
  // "Secretariat against Sexual Violence" where the text goes on ", Exploitation and …", the
  // name of an organization defined elsewhere: the comma is inside that name
  const longer = live.filter((g) => !g.weak).flatMap((g) => g.names.filter((n) => n.includes(', ')));
  const startsLonger = (e: Evidence): boolean =>
    e.start !== undefined && e.end !== undefined && longer.some((n) => n.length > e.end! - e.start! && texts.get(e.paragraph)?.startsWith(n, e.start) === true);
  return live
    .filter((g) => !absorbedWeak(g, covered) && !absorbedWeak(g, startsLonger))
    .map((g) => toFact(g, order))
    .filter((f) => f.evidence.length > 0)
    .sort(
      (a, b) =>
        (order.get(a.evidence[0]!.paragraph) ?? 1e9) - (order.get(b.evidence[0]!.paragraph) ?? 1e9) ||
        (a.evidence[0]!.start ?? 0) - (b.evidence[0]!.start ?? 0),
    );
}

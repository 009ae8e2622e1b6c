/**
 * Instruments a document cites: conventions, protocols, acts and codes, declarations,
 * resolutions and UN document symbols, in numbered paragraphs and footnotes. One
 * InstrumentFact per instrument with every citation as evidence; a short form ("Smuggling of
 * Migrants Protocol", "Organized Crime Convention") resolves to the canonical full name and
 * stays visible as the evidence quote.
 *
 * Named instruments are found around a head word (Convention, Protocol, Act…): leftwards over
 * capitalised words (for a treaty only through "of"/"and": "Council of Europe Convention",
 * so "Advisory Committee on the Framework Convention" yields the Convention, not the
 * Committee), rightwards through "on/against/for/relating to …" ("Act on Protection against
 * Discrimination"). A bare "the Convention" or "the Protocols thereto" names nothing new.
 */
import type { ParsedDocument } from '../parse/parsed-document.js';
import type { Evidence, InstrumentFact, Method } from './facts.js';
import { evidenceAt, footnoteTexts, paragraphTexts, type CitableText } from './citable-texts.js';
import { INSTRUMENT_CATALOGUE, type CatalogueEntry } from './instrument-catalogue.js';
import { findResolutions, findSymbols, type Reference } from './instrument-references.js';
import { nameKey } from './org-candidate.js';
import { nameAfter, nameBefore } from './proper-names.js';
import { TermMatcher } from './term-matcher.js';

type Kind = InstrumentFact['kind'];

const HEAD = /\b(Conventions?|Protocols?|Covenant|Treaty|Charter|Act|Code|Declaration|Agreement|Compact|Pact|Statute)\b/g;
const HEAD_KIND: Record<string, Kind> = {
  Convention: 'convention',
  Conventions: 'convention',
  Covenant: 'convention',
  Treaty: 'convention',
  Charter: 'convention',
  Pact: 'convention',
  Protocol: 'protocol',
  Protocols: 'protocol',
  Act: 'act',
  Code: 'act',
  Statute: 'act',
  Declaration: 'other',
  Agreement: 'other',
  Compact: 'other',
};
const TREATY_HEADS = new Set([
  'Convention',
  'Conventions',
  'Covenant',
  'Treaty',
  'Charter',
  'Pact',
  'Protocol',
  'Protocols',
  'Declaration',
  'Agreement',
  'Compact',
]);
const CONTINUES = /^\s+(?:on|against|for|relating to|concerning|to|of)\s+/;
/** "Society New Slovenian Covenant" is an association's name, not a covenant. */
const BODY_FIRST =
  /^(?:Society|Association|Foundation|Institute|Centre|Center|Network|Coalition|Alliance|Federation|Movement|League|Forum|Trust|Fund|Initiative|Partnership|Union|Club)\b/;

interface Found {
  method: Method;
  name: string;
  symbol: string | null;
  kind: Kind;
  year: number | null;
  confidence: number;
  evidence: Evidence[];
}

/** The catalogue is fixed: its matcher (stateless between scans) and key index are built once, not per document. */
let catalogue: { matcher: TermMatcher<CatalogueEntry>; byKey: Map<string, CatalogueEntry> } | null = null;

function catalogueIndex(): NonNullable<typeof catalogue> {
  catalogue ??= {
    matcher: catalogueMatcher(),
    byKey: new Map(INSTRUMENT_CATALOGUE.flatMap((e) => [e.name, ...e.aliases].map((a) => [instrumentKey(a), e] as const))),
  };
  return catalogue;
}

function catalogueMatcher(): TermMatcher<CatalogueEntry> {
  return new TermMatcher(
    INSTRUMENT_CATALOGUE.flatMap((entry) =>
      [entry.name, ...entry.aliases].map((label) => ({
        label,
        value: entry,
        caseSensitive: /^[A-Z]+$/.test(label),
        requireCapital: true,
      })),
    ),
  );
}

function statedYear(text: string, start: number, end: number): number | null {
  const before = /(?:^|\s)((?:19|20)\d{2})\s+(?:the\s+)?$/.exec(text.slice(Math.max(0, start - 12), start));
  const after = /^(?:,\s*|\s+of\s+|\s*\()((?:19|20)\d{2})\b/.exec(text.slice(end, end + 12));
  const y = before?.[1] ?? after?.[1];
  return y ? Number(y) : null;
}

/** The full name around a head word, or null for "the Convention", "its Protocols". */
export function namedInstrument(text: string, headStart: number, headEnd: number): { start: number; end: number; name: string } | null {
  const head = text.slice(headStart, headEnd);
  let end = headEnd;
  const cont = CONTINUES.exec(text.slice(headEnd, headEnd + 20));
  if (cont && !/^\s+to\s+the\s+(?:present|said)\b/.test(text.slice(headEnd, headEnd + 30))) {
    const right = nameAfter(text, headEnd + cont[0].length, { connectors: ['from', 'by'] });
    if (right && right.start <= headEnd + cont[0].length + 4) end = right.end;
  }
  const left = nameBefore(text, headEnd, TREATY_HEADS.has(head) ? { onlyConnectors: ['of', 'and'] } : {});
  const start = left && left.end === headEnd ? left.start : headStart;
  const name = text.slice(start, end);
  if (!/\s/.test(name) || BODY_FIRST.test(name)) return null;
  return { start, end, name };
}

/** "Act on Protection against Discrimination" and "Protection against Discrimination Act" are one act. */
function instrumentKey(name: string): string {
  const key = nameKey(name);
  const m = /^(act|code|law) on (.+)$/.exec(key);
  return m ? `${m[2]} ${m[1]}` : key;
}

/**
 * Spans already read, so each check is a binary search even in a 10 MB paragraph. Each finder
 * adds its spans in text order to its own layer, so adding is an append.
 */
class TakenSpans {
  private readonly layers: { starts: number[]; ends: number[] }[] = [];

  layer(): void {
    this.layers.push({ starts: [], ends: [] });
  }

  overlaps(start: number, end: number): boolean {
    return this.layers.some(({ starts, ends }) => {
      let lo = 0;
      let hi = starts.length - 1;
      let last = -1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if (starts[mid]! < end) {
          last = mid;
          lo = mid + 1;
        } else hi = mid - 1;
      }
      return last >= 0 && ends[last]! > start;
    });
  }

  /** Spans of one layer must not overlap each other and must come in text order. */
  add(span: { start: number; end: number }): void {
    const top = this.layers[this.layers.length - 1]!;
    top.starts.push(span.start);
    top.ends.push(span.end);
  }
}

function resolutionName(ref: Reference, bodies: Map<string, string>): string {
  if (ref.kind === 'document') return ref.number;
  const body = ref.body && !/\s/.test(ref.body) ? (bodies.get(ref.body) ?? ref.body) : ref.body;
  return body ? `${body} resolution ${ref.number}` : `resolution ${ref.number}`;
}

/** "Council resolution 16/21" after "Human Rights Council resolution 5/1": the same Council. */
function fullBodies(refs: Reference[]): Map<string, string> {
  const bodies = new Map<string, string>();
  for (const r of refs) if (r.body && /\s/.test(r.body)) bodies.set(r.body.split(' ').pop()!, r.body);
  return bodies;
}

export function extractInstruments(doc: ParsedDocument): InstrumentFact[] {
  const texts: CitableText[] = [...paragraphTexts(doc), ...footnoteTexts(doc)];
  const { matcher, byKey: catalogueByKey } = catalogueIndex();
  const found = new Map<string, Found>();
  const add = (f: Omit<Found, 'evidence'>, ev: Evidence): void => {
    const key = instrumentKey(f.name);
    const existing = found.get(key);
    if (!existing) found.set(key, { ...f, evidence: [ev] });
    else {
      existing.evidence.push(ev);
      existing.year ??= f.year;
      if (f.confidence > existing.confidence) {
        existing.confidence = f.confidence;
        existing.method = f.method;
      }
    }
  };
  const allRefs = texts.map((t) => [...findResolutions(t.text), ...findSymbols(t.text)].sort((a, b) => a.start - b.start));
  const bodies = fullBodies(allRefs.flat());

  texts.forEach((t, i) => {
    const taken = new TakenSpans();
    taken.layer();
    for (const m of matcher.scan(t.text)) {
      taken.add(m);
      const e = m.value;
      add(
        {
          method: 'gazetteer',
          name: e.name,
          symbol: null,
          kind: e.kind,
          year: statedYear(t.text, m.start, m.end) ?? e.year,
          confidence: 0.95,
        },
        evidenceAt(t.key, t.text, m.start, m.end),
      );
    }
    taken.layer();
    for (const ref of allRefs[i]!) {
      if (taken.overlaps(ref.start, ref.end)) continue;
      taken.add(ref);
      const name = resolutionName(ref, bodies);
      add(
        {
          method: 'pattern',
          name,
          symbol: ref.kind === 'document' || ref.number.includes('/RES/') ? ref.number : null,
          kind: ref.kind,
          year: ref.year,
          confidence: 0.9,
        },
        evidenceAt(t.key, t.text, ref.start, ref.end),
      );
    }
    taken.layer();
    HEAD.lastIndex = 0;
    for (let m = HEAD.exec(t.text); m !== null; m = HEAD.exec(t.text)) {
      if (taken.overlaps(m.index, m.index + m[0].length)) continue;
      const named = namedInstrument(t.text, m.index, m.index + m[0].length);
      if (!named || taken.overlaps(named.start, named.end)) continue;
      taken.add(named);
      const known = catalogueByKey.get(instrumentKey(named.name));
      add(
        {
          method: known ? 'gazetteer' : 'pattern',
          name: known?.name ?? named.name,
          symbol: null,
          kind: known?.kind ?? HEAD_KIND[m[1]!] ?? 'other',
          year: statedYear(t.text, named.start, named.end) ?? known?.year ?? null,
          confidence: known ? 0.95 : 0.75,
        },
        evidenceAt(t.key, t.text, named.start, named.end),
      );
    }
  });

  return [...found.values()].map(({ method, name, symbol, kind, year, confidence, evidence }) => ({
    name,
    symbol,
    kind,
    year,
    method,
    confidence,
    evidence,
  }));
}

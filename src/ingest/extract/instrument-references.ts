/**
 * Numbered references to instruments: resolutions ("Conference resolution 10/1", "Human
 * Rights Council resolutions 5/1 and 16/21" → two, "Security Council resolution 2240 (2015)")
 * and UN document symbols ("CTOC/COP/WG.7/2023/3", "A/HRC/28/15/Add.1").
 */
import { nameBefore } from './proper-names.js';

export interface Reference {
  kind: 'resolution' | 'document';
  /** For a resolution: the issuing body as written ("Conference", "Human Rights Council"), or null. */
  body: string | null;
  number: string;
  year: number | null;
  start: number;
  end: number;
}

const RESOLUTIONS =
  /\b[Rr]esolutions?\s+((?:\d{1,4}\/\d{1,4}|\d{3,4}(?=\s*\(\d{4}\)))(?:\s*(?:,|and|,\s*and)\s*(?:\d{1,4}\/\d{1,4}|\d{3,4}(?=\s*\(\d{4}\))))*)/g;
const ONE_NUMBER = /\d{1,4}\/\d{1,4}|\d{3,4}/g;
/** Two or more "/" segments and a digit: A/HRC/28/15, CTOC/COP/WG.7/2023/3, A/RES/70/1. */
const SYMBOL = /\b[A-Z]{1,8}(?:\/[A-Za-z0-9.]*[A-Za-z0-9])(?:\/[A-Za-z0-9.]*[A-Za-z0-9])+/g;

function yearAfter(text: string, end: number): number | null {
  const m = /^\s*(?:\((\d{4})\)|of\s+(?:\d{1,2}\s+[A-Z][a-z]+\s+)?(\d{4})\b)/.exec(text.slice(end, end + 30));
  const y = m ? Number(m[1] ?? m[2]) : NaN;
  return y >= 1945 && y <= 2100 ? y : null;
}

export function findResolutions(text: string): Reference[] {
  const out: Reference[] = [];
  RESOLUTIONS.lastIndex = 0;
  for (let m = RESOLUTIONS.exec(text); m !== null; m = RESOLUTIONS.exec(text)) {
    const bodySpan = nameBefore(text, m.index);
    const body = bodySpan?.text ?? null;
    const listStart = m.index + m[0].indexOf(m[1]!);
    ONE_NUMBER.lastIndex = 0;
    for (let n = ONE_NUMBER.exec(m[1]!); n !== null; n = ONE_NUMBER.exec(m[1]!)) {
      const start = listStart + n.index;
      const end = start + n[0].length;
      // A bare number is a resolution only with its year: "2240 (2015)".
      if (!n[0].includes('/') && yearAfter(text, end) === null) continue;
      out.push({
        kind: 'resolution',
        body,
        number: n[0],
        year: yearAfter(text, end),
        start: n.index === 0 ? (bodySpan?.start ?? m.index) : start,
        end,
      });
    }
  }
  return out;
}

export function findSymbols(text: string): Reference[] {
  const out: Reference[] = [];
  SYMBOL.lastIndex = 0;
  for (let m = SYMBOL.exec(text); m !== null; m = SYMBOL.exec(text)) {
    const symbol = m[0];
    if (!/\d/.test(symbol)) continue;
    const year =
      symbol
        .split('/')
        .map(Number)
        .find((n) => n >= 1945 && n <= 2100) ?? null;
    out.push({
      kind: /\/RES\//.test(symbol) ? 'resolution' : 'document',
      body: null,
      number: symbol,
      year,
      start: m.index,
      end: m.index + symbol.length,
    });
  }
  return out;
}

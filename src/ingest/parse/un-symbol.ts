/**
 * UN document symbols: a series of capitals, then at least two more "/"-separated parts,
 * with a digit somewhere: `A/HRC/43/15`, `A/HRC/WG.6/34/SVN/3`, `CTOC/COP/WG.7/2023/3`,
 * `E/CN.4/2005/1`, `A/HRC/43/15/Add.1`. Two slashes at least, because one-slash tokens in
 * UN prose are acronyms ("OSCE/ODIHR", "PTPR/JS4"), not symbols.
 */
const SYMBOL = /(?<![\p{L}\p{N}/])[A-Z]{1,8}(?:\.\d{1,3})?(?:\/[A-Za-z0-9][A-Za-z0-9.-]{0,20}){2,}/gu;

/** Every symbol in `text`, in order (trailing full stop of a sentence removed). */
export function findSymbols(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(SYMBOL)) {
    const s = m[0].replace(/[.-]+$/, '');
    if (/\d/.test(s)) out.push(s);
  }
  return out;
}

/** A line that is nothing but a symbol (optionally after "United Nations"), as title blocks print it. */
export function symbolLine(line: string): string | null {
  const t = line
    .trim()
    .replace(/^United Nations\s+/i, '')
    .replace(/\*+$/, '');
  const found = findSymbols(t);
  return found.length === 1 && found[0] === t.replace(/[.-]+$/, '') ? (found[0] as string) : null;
}

/**
 * A statistic's label on the canvas: the figure and what it measures ("68% · interviewees had
 * used the services of smugglers…"), because "68%" alone says nothing once several figures
 * sit side by side. What it measures comes from the text's own words (the description), with
 * the figure taken out of them so it is not read twice; the full description stays in the
 * details panel.
 */

/** "68%", "48,415 interviews". */
export function statisticFigure(value: number, unit: string | null): string {
  return unit === '%' ? `${value}%` : `${value.toLocaleString('en')}${unit ? ` ${unit}` : ''}`;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Where the figure is written in the description: the digits as printed (with or without
 * thousands separators), then "%", "per cent" or the unit, inside optional brackets.
 */
function figureIn(description: string, value: number, unit: string | null): { start: number; end: number } | null {
  const digits = [value.toLocaleString('en'), String(value)].map(escapeRegExp);
  const after = unit === '%' ? '\\s?(?:%|per\\s?cent|percent)' : unit ? `(?:\\s+${escapeRegExp(unit)})?` : '';
  const m = new RegExp(`\\(?(?<![\\d.,])(?:${digits.join('|')})${after}\\)?`, 'i').exec(description);
  return m ? { start: m.index, end: m.index + m[0].length } : null;
}

const clean = (s: string) => s.replace(/\s+/g, ' ').trim();

/**
 * The canvas label: the figure, then what it measures in the description's words. Where the
 * words after the figure read on from it, they follow it ("48,415 interviews of migrants",
 * "68% of interviewees had used…", "only 8% reported that…" → "8% of interviewees reported
 * that…" with the population); otherwise the sentence follows with the figure taken out
 * ("perpetrators (47%) in the survey" → "47% · … perpetrators in the survey").
 */
export function statisticLabelText(value: number, unit: string | null, description: string | null, population: string | null): string {
  const figure = statisticFigure(value, unit);
  const text = clean(description ?? '');
  const who = population ? clean(population) : null;
  if (!text) return who && who.toLowerCase() !== unit?.toLowerCase() ? `${figure} · ${who}` : figure;
  const at = figureIn(text, value, unit);
  if (!at) return `${figure} · ${text}`;
  const before = clean(text.slice(0, at.start)).replace(/\s*\($/, '');
  const rest = clean(text.slice(at.end)).replace(/^[),;:]\s*/, '');
  const restWords = rest ? rest.split(' ').length : 0;
  // "stakeholders’ submissions": a possessive belongs to the figure.
  if (/^['’]/.test(rest)) return `${figure}${rest}`;
  // A unit is the head of its phrase: "1,200 interviews with survivors", "300 children were detained…".
  if (unit && unit !== '%' && restWords >= 1) return `${figure} ${rest}`;
  // A short lead-in ("only", "She reported that") adds nothing to what follows the figure.
  if (restWords >= 2 && before.split(' ').length <= 3) {
    const of = /^of\s/i.test(rest) || !who || rest.toLowerCase().startsWith(who.toLowerCase()) ? '' : `of ${who} `;
    return `${figure} ${of}${rest}`;
  }
  const sentence = clean(`${before} ${rest}`).replace(/\s+([,.;:])/g, '$1');
  return sentence ? `${figure} · ${sentence}` : who ? `${figure} · ${who}` : figure;
}

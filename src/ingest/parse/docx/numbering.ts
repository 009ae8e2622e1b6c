/**
 * Word's automatic numbering, rebuilt from word/numbering.xml (ECMA-376 §17.9). The number a
 * reader sees ("121.3", "(a)", "II.") is not in the text: Word draws it from the paragraph's
 * list (w:numId, w:ilvl, given on the paragraph or through its style), the list's abstract
 * definition (per level: start value, number format, level text such as "%1.%2"), and a
 * counter that the paragraphs of the list advance in reading order. Common converters drop
 * it; without it UN paragraph numbers, and so every citation, are lost.
 *
 * Counters follow Word: lists (w:num) that share an abstract definition continue one
 * another's numbering, unless a list overrides a start value (w:lvlOverride/w:startOverride),
 * which makes it a fresh list. Using a level restarts the deeper levels (a new "121." starts
 * its ".1" again), unless w:lvlRestart says otherwise.
 */
import { formatNumber } from './number-format.js';
import type { NumRef, Styles } from './styles.js';
import { isOn, readNumPr } from './styles.js';
import type { Document, Element } from './xml.js';
import { elements, intOrNull, isW, root, wAttr, wChild, wChildren, wVal } from './xml.js';

const LEVELS = 9;

interface Level {
  start: number;
  numFmt: string;
  /** null: the level prints no number (w:lvlText absent). */
  lvlText: string | null;
  /** w:lvlRestart: restart after a use of a level above this one-based index (0: never). */
  restart: number | null;
  /** w:isLgl: every level's number printed in decimal ("1.1.1", not "I.a.1"). */
  legal: boolean;
  /** What Word puts between the number and the text (a tab, a space, or nothing). */
  suffix: string;
  /** A paragraph style tied to this level: a paragraph of that style is at this level. */
  pStyle: string | null;
}

interface AbstractNum {
  levels: (Level | undefined)[];
  /** w:numStyleLink: the levels are those of the list the named numbering style applies. */
  styleLink: string | null;
}

interface NumDef {
  abstractId: string;
  starts: Map<number, number>;
  levels: Map<number, Level>;
}

/** What Word prints before a list paragraph. */
export interface ListLabel {
  /** "121.3", "(a)", "II." (empty for a bullet). */
  text: string;
  /** Separator Word draws after the label: " " for a tab or space, "" for none. */
  suffix: string;
  bullet: boolean;
}

export class Numbering {
  private readonly abstracts = new Map<string, AbstractNum>();
  private readonly nums = new Map<string, NumDef>();
  /** Counter sets, keyed by abstract definition (shared) or by list (start overridden). */
  private readonly counters = new Map<string, (number | undefined)[]>();

  constructor(
    doc: Document | null,
    private readonly styles: Styles,
  ) {
    if (!doc) return;
    for (const el of elements(root(doc))) {
      if (isW(el, 'abstractNum')) {
        const id = wAttr(el, 'abstractNumId');
        if (id === null) continue;
        const levels: (Level | undefined)[] = [];
        for (const lvl of wChildren(el, 'lvl')) {
          const ilvl = intOrNull(wAttr(lvl, 'ilvl'));
          if (ilvl !== null && ilvl >= 0 && ilvl < LEVELS) levels[ilvl] = readLevel(lvl);
        }
        this.abstracts.set(id, { levels, styleLink: wVal(el, 'numStyleLink') });
      } else if (isW(el, 'num')) {
        const id = wAttr(el, 'numId');
        const abstractId = wVal(el, 'abstractNumId');
        if (id === null || abstractId === null) continue;
        const def: NumDef = { abstractId, starts: new Map(), levels: new Map() };
        for (const o of wChildren(el, 'lvlOverride')) {
          const ilvl = intOrNull(wAttr(o, 'ilvl'));
          if (ilvl === null || ilvl < 0 || ilvl >= LEVELS) continue;
          const start = intOrNull(wVal(o, 'startOverride'));
          if (start !== null) def.starts.set(ilvl, start);
          const lvl = wChild(o, 'lvl');
          if (lvl) def.levels.set(ilvl, readLevel(lvl));
        }
        this.nums.set(id, def);
      }
    }
  }

  /**
   * The label of one paragraph, advancing its list's counter; null when the paragraph is not
   * numbered. Call once per paragraph, in reading order.
   */
  next(pPr: Element | null, styleId: string | null): ListLabel | null {
    const ref = this.paragraphList(pPr, styleId);
    if (!ref) return null;
    const def = this.nums.get(ref.numId);
    if (!def) return null;
    const levels = this.levelsOf(def);
    const ilvl = ref.ilvl ?? levelOfStyle(levels, styleId) ?? 0;
    const level = levels[ilvl];
    if (!level) return null;

    const key = def.starts.size > 0 ? `num:${ref.numId}` : `abstract:${def.abstractId}`;
    let values = this.counters.get(key);
    if (!values) {
      values = [];
      this.counters.set(key, values);
    }
    const startOf = (k: number): number => def.starts.get(k) ?? levels[k]?.start ?? 0;
    const previous = values[ilvl];
    values[ilvl] = previous === undefined ? startOf(ilvl) : previous + 1;
    for (let deeper = ilvl + 1; deeper < LEVELS; deeper++) {
      const restart = levels[deeper]?.restart ?? null;
      if (restart === null || (restart !== 0 && ilvl < restart)) values[deeper] = undefined;
    }

    if (level.numFmt === 'bullet') return { text: '', suffix: level.suffix, bullet: true };
    if (level.lvlText === null) return null;
    const text = level.lvlText.replace(/%([1-9])/g, (_m, d: string) => {
      const k = Number(d) - 1;
      const other = levels[k];
      const fmt = level.legal || !other ? 'decimal' : other.numFmt;
      return fmt === 'bullet' ? '' : formatNumber(values[k] ?? startOf(k), fmt);
    });
    return text.trim() === '' ? null : { text, suffix: level.suffix, bullet: false };
  }

  /** The paragraph's list: its own w:numPr, completed by (or else) its style's. */
  private paragraphList(pPr: Element | null, styleId: string | null): NumRef | null {
    const own = pPr ? readNumPr(pPr) : null;
    const styled = this.styles.numPr(styleId);
    const numId = own?.numId || styled?.numId || '';
    // numId 0 is Word's way of switching off numbering the style would give.
    if (numId === '' || numId === '0') return null;
    const ilvl = own?.ilvl ?? (own?.numId ? 0 : (styled?.ilvl ?? null));
    return { numId, ilvl };
  }

  /** A list's levels: its abstract definition's (through a numbering style link), overridden. */
  private levelsOf(def: NumDef): (Level | undefined)[] {
    let abstract = this.abstracts.get(def.abstractId);
    const seen = new Set<string>();
    while (abstract?.styleLink && !seen.has(abstract.styleLink)) {
      seen.add(abstract.styleLink);
      const linked = this.styles.numPr(abstract.styleLink);
      const target = linked ? this.nums.get(linked.numId) : undefined;
      const next = target ? this.abstracts.get(target.abstractId) : undefined;
      if (!next) break;
      abstract = next;
    }
    const levels = [...(abstract?.levels ?? [])];
    for (const [ilvl, lvl] of def.levels) levels[ilvl] = lvl;
    return levels;
  }
}

function levelOfStyle(levels: readonly (Level | undefined)[], styleId: string | null): number | null {
  if (styleId === null) return null;
  const i = levels.findIndex((l) => l?.pStyle === styleId);
  return i === -1 ? null : i;
}

function readLevel(lvl: Element): Level {
  const textEl = wChild(lvl, 'lvlText');
  const suff = wVal(lvl, 'suff');
  const legal = wChild(lvl, 'isLgl');
  return {
    // ECMA-376: an absent w:start is 0. Word always writes it.
    start: intOrNull(wVal(lvl, 'start')) ?? 0,
    numFmt: wVal(lvl, 'numFmt') ?? 'decimal',
    lvlText: textEl ? (wAttr(textEl, 'val') ?? '') : null,
    restart: intOrNull(wVal(lvl, 'lvlRestart')),
    legal: legal !== null && isOn(wAttr(legal, 'val')),
    suffix: suff === 'nothing' ? '' : ' ',
    pStyle: wVal(lvl, 'pStyle'),
  };
}

/**
 * word/styles.xml, reduced to what decides how a paragraph reads: whether its style makes it
 * a heading (and of which depth), and the list numbering the style carries (UN templates and
 * most house styles number paragraphs and headings through the style, not the paragraph).
 * Both are inherited along w:basedOn, the way Word applies them.
 */
import type { Document, Element } from './xml.js';
import { elements, intOrNull, isW, root, wAttr, wChild, wVal } from './xml.js';

export interface NumRef {
  numId: string;
  /** Absent in a style: the level is then the one whose w:pStyle names the style, else 0. */
  ilvl: number | null;
}

interface RawStyle {
  id: string;
  name: string;
  basedOn: string | null;
  numPr: NumRef | null;
  outlineLvl: number | null;
}

/** Word's built-in heading style names (stable in every UI language; ids are localised). */
const HEADING_NAME = /^heading\s*([1-9])$/i; // "heading 1" (name) or "Heading1" (id)
const TITLE_NAME = /^title$/i;

export class Styles {
  private readonly byId = new Map<string, RawStyle>();
  private defaultParagraph: string | null = null;

  constructor(doc: Document | null) {
    if (!doc) return;
    for (const el of elements(root(doc))) {
      if (!isW(el, 'style')) continue;
      const id = wAttr(el, 'styleId');
      if (!id) continue;
      const pPr = wChild(el, 'pPr');
      this.byId.set(id, {
        id,
        name: wVal(el, 'name') ?? id,
        basedOn: wVal(el, 'basedOn'),
        numPr: pPr ? readNumPr(pPr) : null,
        outlineLvl: intOrNull(wVal(pPr, 'outlineLvl')),
      });
      const isDefault = wAttr(el, 'default');
      if (wAttr(el, 'type') === 'paragraph' && isDefault !== null && isOn(isDefault)) this.defaultParagraph = id;
    }
  }

  /** The style a paragraph has: its w:pStyle, else the document's default paragraph style. */
  effective(pStyle: string | null): string | null {
    return pStyle ?? this.defaultParagraph;
  }

  /**
   * Heading depth of a paragraph style: "heading N" → N, "Title" → 1, else the outline level
   * the style (or a style it is based on) gives (Word's own test for the navigation pane).
   */
  headingDepth(styleId: string | null): number | null {
    if (styleId === null) return null;
    const own = this.byId.get(styleId);
    const name = own?.name ?? styleId;
    // Without styles.xml only the id is known; Word's ids for these are "Heading1", "Title".
    const h = HEADING_NAME.exec(name);
    if (h) return Number(h[1]);
    if (TITLE_NAME.test(name)) return 1;
    const outline = this.inherited(styleId, (s) => s.outlineLvl);
    return outline !== null && outline >= 0 && outline < 9 ? outline + 1 : null;
  }

  /** The list numbering a style applies, inherited along w:basedOn. */
  numPr(styleId: string | null): NumRef | null {
    return styleId === null ? null : this.inherited(styleId, (s) => s.numPr);
  }

  private inherited<T>(styleId: string, pick: (s: RawStyle) => T | null): T | null {
    const seen = new Set<string>();
    for (let id: string | null = styleId; id !== null && !seen.has(id);) {
      seen.add(id);
      const s = this.byId.get(id);
      if (!s) return null;
      const v = pick(s);
      if (v !== null) return v;
      id = s.basedOn;
    }
    return null;
  }
}

/** w:numPr of a paragraph or style property block. */
export function readNumPr(pPr: Element): NumRef | null {
  const numPr = wChild(pPr, 'numPr');
  if (!numPr) return null;
  const numId = wVal(numPr, 'numId');
  const ilvl = intOrNull(wVal(numPr, 'ilvl'));
  if (numId === null) return ilvl === null ? null : { numId: '', ilvl };
  return { numId, ilvl };
}

/** ST_OnOff: present without a value, or "1"/"true"/"on". */
export function isOn(v: string | null): boolean {
  return v === null || v === '1' || v === 'true' || v === 'on';
}

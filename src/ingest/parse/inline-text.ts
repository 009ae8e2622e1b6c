/**
 * Inline Markdown → plain words. Bold, italics, links and images keep their words and lose
 * their markup ("[resolution 9/1](#)" → "resolution 9/1"). A footnote marker
 * (`<sup>1</sup>`, GFM `[^1]`) is not a word of the sentence: it is taken out of the text and
 * returned as a reference, so "thereto<sup>1</sup> through" reads "thereto through" with
 * refs ["1"]. A superscript that is not a footnote marker ("10<sup>th</sup>") stays as text.
 *
 * Iterative walk (explicit stack), so no input nesting can overflow the call stack.
 */
import type { MdNode } from './md-node.js';

export interface InlineText {
  text: string;
  refs: string[];
  /** The marker that opens the block, before any word: `<sup>1</sup> Hereinafter: …` is footnote 1. */
  leadingRef: string | null;
}

/** What a superscript must look like to be a footnote marker: a short number or a dagger/star. */
const FOOTNOTE_MARK = /^(?:\d{1,4}|[*†‡§]{1,3})$/;

export function flattenInline(nodes: readonly MdNode[]): InlineText {
  const out: string[] = [];
  const refs: string[] = [];
  let leadingRef: string | null = null;
  let sawWords = false;
  let sup: string[] | null = null;

  const addRef = (mark: string): void => {
    if (!sawWords && leadingRef === null) leadingRef = mark;
    refs.push(mark);
  };
  const emit = (s: string): void => {
    if (sup) {
      sup.push(s);
      return;
    }
    if (!sawWords && /\S/.test(s)) sawWords = true;
    out.push(s);
  };

  const stack: MdNode[] = [...nodes].reverse();
  while (stack.length > 0) {
    const node = stack.pop() as MdNode;
    switch (node.type) {
      case 'text':
      case 'inlineCode':
        emit(node.value ?? '');
        break;
      case 'break':
        emit('\n');
        break;
      case 'image':
      case 'imageReference':
        if (node.alt) emit(node.alt);
        break;
      case 'footnoteReference':
        addRef(node.label ?? node.identifier ?? '');
        break;
      case 'html': {
        const tag = (node.value ?? '').trim().toLowerCase();
        if (/^<sup\b[^>]*>$/.test(tag)) {
          sup = [];
        } else if (tag === '</sup>' && sup) {
          const content = sup.join('').trim();
          sup = null;
          if (FOOTNOTE_MARK.test(content)) addRef(content);
          else emit(content);
        } else if (/^<br\s*\/?>$/.test(tag)) {
          emit('\n');
        } else if (!tag.startsWith('<')) {
          emit(node.value ?? '');
        }
        // Any other tag is markup: dropped, the words around it are kept.
        break;
      }
      default:
        if (node.children) {
          for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as MdNode);
        } else if (typeof node.value === 'string') {
          emit(node.value);
        }
    }
  }
  // An unclosed <sup> keeps its words: never lose text to broken markup.
  if (sup) out.push((sup as string[]).join(''));
  return { text: out.join(''), refs, leadingRef };
}

/** Tags out of an HTML block, words kept. `[^<>]*` cannot backtrack: linear on any input. */
export function stripTags(html: string): string {
  return html.replace(/<[^<>]*>/g, ' ');
}

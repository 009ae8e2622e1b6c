/**
 * Markdown → blocks, through a real CommonMark + GFM parser (unified/remark) rather than
 * line regexes, so emphasis, links, escapes (`\*\*\*`), lists, code fences and HTML are read
 * the way any Markdown viewer reads them.
 *
 * Two Markdown facts matter for UN text:
 * - "1. At its ninth session …" is an ordered list item. mdast renumbers items (start + index),
 *   but the printed number is the citation, so we read each item's own marker from the source.
 * - Everything nested inside a list item (a second paragraph, a sub-list) belongs to that
 *   item's paragraph: such blocks are flagged `listChild`.
 *
 * The file is parsed in independent pieces (markdown-chunks.ts) to keep memory flat; a
 * one-line piece without any Markdown skips the parser (markdown-fast-path.ts), and a piece
 * too dense in markup for the parser's memory goes to the light reader (markdown-light.ts).
 * Each tree is walked with an explicit stack of frames, so deep nesting cannot overflow.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import type { Block } from './block.js';
import { textBlock } from './block.js';
import { flattenInline, stripTags } from './inline-text.js';
import { markdownChunks } from './markdown-chunks.js';
import { fastPathBlock } from './markdown-fast-path.js';
import { lightMarkdownBlocks } from './markdown-light.js';
import type { MdNode } from './md-node.js';

interface ItemHead {
  /** What the item's first block starts with: "12. " for an ordered item, "" for a bullet. */
  prefix: string;
  list: 'ordered' | 'bullet' | null;
  listChild: boolean;
}

interface Frame {
  nodes: MdNode[];
  i: number;
  inList: boolean;
  head: ItemHead | null;
}

const gfmParser = unified().use(remarkParse).use(remarkGfm);
const commonMarkParser = unified().use(remarkParse);

export function markdownBlocks(source: string): Block[] {
  const blocks: Block[] = [];
  for (const chunk of markdownChunks(source)) {
    const fast = chunk.reader === 'light' ? null : fastPathBlock(chunk.text);
    if (fast) {
      blocks.push(fast);
      continue;
    }
    if (chunk.reader === 'light') {
      for (const b of lightMarkdownBlocks(chunk.text)) blocks.push(b);
      continue;
    }
    const tree = (chunk.reader === 'gfm' ? gfmParser : commonMarkParser).parse(chunk.text) as unknown as MdNode;
    readTree(tree, chunk.text, blocks);
  }
  return blocks;
}

/** Appends the blocks of one parsed piece; `source` is that piece (list markers are read from it). */
function readTree(tree: MdNode, source: string, blocks: Block[]): void {
  const frames: Frame[] = [{ nodes: tree.children ?? [], i: 0, inList: false, head: null }];

  while (frames.length > 0) {
    const frame = frames[frames.length - 1] as Frame;
    if (frame.i >= frame.nodes.length) {
      frames.pop();
      continue;
    }
    const index = frame.i++;
    const node = frame.nodes[index] as MdNode;
    let head = frame.head && index === 0 ? frame.head : null;
    if (head && node.type !== 'paragraph' && node.type !== 'heading') {
      // The item starts with a sub-list or a code block: emit its number alone first, so the
      // paragraph still exists and what follows attaches to it.
      if (head.prefix !== '') blocks.push(textBlock(head.prefix.trim(), { list: head.list, listChild: head.listChild }));
      head = null;
    }
    const listChild = frame.inList && !(head && !head.listChild);

    switch (node.type) {
      case 'heading':
      case 'paragraph': {
        const inline = flattenInline(node.children ?? []);
        if (node.type === 'heading' && !frame.inList) {
          blocks.push({ kind: 'heading', text: inline.text.replace(/\n/g, ' '), depth: node.depth ?? 1 });
        } else if (inline.leadingRef !== null && !frame.inList) {
          // "<sup>1</sup> Hereinafter: …": a footnote placed between blocks by the converter.
          blocks.push({ kind: 'footnote', number: inline.leadingRef, text: inline.text });
        } else {
          blocks.push(textBlock((head?.prefix ?? '') + inline.text, { refs: inline.refs, list: head?.list ?? null, listChild }));
        }
        break;
      }
      case 'list': {
        const items = node.children ?? [];
        // Push in reverse so the first item is processed first.
        for (let k = items.length - 1; k >= 0; k--) {
          const item = items[k] as MdNode;
          const topLevel = !frame.inList;
          let prefix = '';
          if (node.ordered) {
            const n = orderedMarker(source, item) ?? (node.start ?? 1) + k;
            prefix = `${n}. `;
          }
          frames.push({
            // A bare "5." has no children; an empty paragraph still carries its number.
            nodes: item.children?.length ? item.children : [{ type: 'paragraph', children: [] }],
            i: 0,
            inList: true,
            head: { prefix, list: topLevel ? (node.ordered ? 'ordered' : 'bullet') : null, listChild: !topLevel },
          });
        }
        break;
      }
      case 'blockquote':
        frames.push({ nodes: node.children ?? [], i: 0, inList: frame.inList, head: null });
        break;
      case 'thematicBreak':
        if (!frame.inList) blocks.push({ kind: 'break' });
        break;
      case 'code':
        blocks.push(textBlock(node.value ?? '', { verbatim: true, listChild }));
        break;
      case 'table':
        // one block per row, cells joined by " | ", as the Word reader gives a table (docx/body.ts)
        for (const row of tableRows(node)) blocks.push(textBlock(row, { verbatim: true, listChild }));
        break;
      case 'html':
        pushHtml(blocks, node.value ?? '', listChild);
        break;
      case 'footnoteDefinition': {
        const parts = (node.children ?? []).map((c) => flattenInline(c.children ?? [c]).text);
        blocks.push({ kind: 'footnote', number: node.label ?? node.identifier ?? '', text: parts.join('\n') });
        break;
      }
      case 'definition':
        // "[id]: https://…" link targets are not words of the document.
        break;
      default:
        if (node.children) {
          blocks.push(textBlock(flattenInline(node.children).text, { listChild }));
        } else if (typeof node.value === 'string') {
          blocks.push(textBlock(node.value, { listChild }));
        }
    }
  }
}

/** The number as printed in the source ("39." → 39), not mdast's start + index. */
function orderedMarker(source: string, item: MdNode): number | null {
  const at = item.position?.start.offset;
  if (at === undefined) return null;
  const m = /^\s*(\d{1,9})[.)]/.exec(source.slice(at, at + 16));
  return m ? Number(m[1]) : null;
}

function tableRows(table: MdNode): string[] {
  return (table.children ?? []).map((row) =>
    (row.children ?? []).map((cell) => flattenInline(cell.children ?? []).text.trim()).join(' | '),
  );
}

/** An HTML block: comments become metadata, any other tags go and their words stay. */
function pushHtml(blocks: Block[], html: string, listChild: boolean): void {
  let rest = html;
  for (;;) {
    const open = rest.indexOf('<!--');
    if (open === -1) break;
    const close = rest.indexOf('-->', open + 4);
    const before = rest.slice(0, open);
    if (before.trim()) blocks.push(textBlock(stripTags(before), { listChild }));
    blocks.push({ kind: 'comment', text: rest.slice(open + 4, close === -1 ? rest.length : close) });
    rest = close === -1 ? '' : rest.slice(close + 3);
  }
  if (rest.trim()) blocks.push(textBlock(stripTags(rest), { listChild }));
}

/**
 * Whitespace as the reader sees it: one space between words, none at the ends. Applied to
 * every text we hand downstream, so that offsets (item start/end) and evidence quotes are
 * computed on the same string the graph stores.
 */
export function normalizeSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** True when a text has no letter or digit at all: "***", "---", "•". Decoration, not words. */
export function isDecorative(text: string): boolean {
  return !/[\p{L}\p{N}]/u.test(text);
}

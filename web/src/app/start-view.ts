/**
 * What a blank link shows: every meeting in the corpus, not only the newest (a second
 * document would otherwise hide the first). The most recent few are expanded, so the start
 * view shows who took part and what came of them; the rest are drawn on their own, one
 * double-click (or "e") away from their neighbourhoods, so a large corpus still opens fast.
 */

/** Meetings drawn with their neighbours at start; more would bury the picture in nodes. */
export const START_EXPANDED = 4;

export interface StartView {
  /** Meetings shown with their neighbours. */
  expanded: string[];
  /** Meetings shown alone. */
  open: string[];
}

/** `meetings`: ids, most recent first. */
export function startView(meetings: string[]): StartView {
  const unique = [...new Set(meetings)];
  return { expanded: unique.slice(0, START_EXPANDED), open: unique.slice(START_EXPANDED) };
}

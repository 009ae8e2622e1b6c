/**
 * The review a document belongs to when it states no meeting of its own: a stakeholders'
 * summary, a compilation or a national report prepared for the Universal Periodic Review says
 * in its title block which Working Group session it is for and which State is reviewed:
 *
 *   Human Rights Council
 *   Working Group on the Universal Periodic Review
 *   Thirty-fourth session
 *   4-15 November 2019
 *   Summary of Stakeholders’ submissions on Slovenia*
 *
 * (older summaries put the State alone on a line: "Slovenia*"). The Working Group's report of
 * the same review says the same in its text ("held its thirty-fourth session … The review of
 * Slovenia was held …"), so both documents name one review: of one State, at one session of
 * one body.
 */
import type { ParsedDocument } from '../../parse/parsed-document.js';
import { stateUnderReview, type StateGazetteer } from '../text-states.js';
import type { BodySession } from './body-session.js';

export interface ReviewFrame {
  /** The State under review, as the gazetteer names it. */
  state: string;
  /** The body that holds the review ("Working Group on the Universal Periodic Review"). */
  body: string;
  session: number;
}

/** A body that reviews States in sessions; its documents name the State under review. */
const REVIEWING_BODY = /\b(?:Universal Periodic Review|periodic review)\b/i;

/**
 * The review frame from the body and session of the title block and the State the document is
 * about; null unless all three are stated, so a document that states no review keeps its own meeting.
 */
export function reviewFrame(doc: ParsedDocument, body: BodySession | null, states: StateGazetteer): ReviewFrame | null {
  if (!body || body.session === null || !REVIEWING_BODY.test(body.name)) return null;
  const state = titleBlockState(doc, states) ?? stateUnderReview(doc, states);
  if (!state) return null;
  return { state, body: body.name, session: body.session };
}

/** A line of the title block that is a State's name alone ("Slovenia*", the footnote mark dropped). */
function titleBlockState(doc: ParsedDocument, states: StateGazetteer): string | null {
  for (const line of doc.titleBlock) {
    const bare = line.replace(/[*\d\s]+$/, '').trim();
    if (bare.length > 0 && bare.length <= 60) {
      const state = states.lookup(bare);
      if (state) return state;
    }
  }
  return null;
}

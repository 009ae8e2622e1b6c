/**
 * From an evidence key to the node holding its text and the words a citation uses for it.
 * Numbered paragraphs, annex blocks and title-block lines are Paragraph nodes keyed
 * `<documentId>/para:<key>`; a note is its Footnote node (`<documentId>/fn:<number>`).
 */
import { placeOfKey } from '../extract/citable-texts.js';
import { ids } from '../../graph/ids.js';

export function citedTextId(docId: string, key: string): string {
  const place = placeOfKey(key);
  return place.place === 'note' ? ids.footnote(docId, place.number) : ids.paragraph(docId, key);
}

/**
 * What follows the document's name in a citation: "para. 22", "note 1" (UN documents cite
 * both footnotes and endnotes as "note"), "annex", "title page".
 */
export function citedPlaceLabel(key: string): string {
  const place = placeOfKey(key);
  switch (place.place) {
    case 'note':
      return `note ${place.number}`;
    case 'annex':
      return 'annex';
    case 'title':
      return 'title page';
    default:
      return `para. ${key}`;
  }
}

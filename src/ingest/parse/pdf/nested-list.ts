/**
 * Older UN reports (recommendation lists of the first UPR cycle) number the items of a list
 * "1.", "2.", … set in from the text's edge under the paragraph that introduces them, where
 * later ones print "111.1", "111.2". Both are cited the same way, as items of that paragraph,
 * so an indented list counting 1, 2, 3 … right under paragraph N is read as N.1, N.2, N.3 …:
 * each item its own sub-numbered paragraph. A list that does not start at 1 or skips a
 * number is not such a list, and stays text of the paragraph it is in.
 */
export class NestedList {
  private parent: number | null = null;
  private next = 1;

  start(parent: number): void {
    this.parent = parent;
    this.next = 1;
  }

  end(): void {
    this.parent = null;
  }

  /** The item's number as its paragraph's sub-number ("111.3"), or null when not the next item. */
  item(n: number): string | null {
    if (this.parent === null || n !== this.next) {
      this.parent = null;
      return null;
    }
    this.next++;
    return `${this.parent}.${n}`;
  }
}

/**
 * The few mdast fields the parser reads. A structural type of our own instead of importing
 * `@types/mdast` (not a declared dependency): the Markdown reader only needs node kinds,
 * literal values, children, heading depth, list flags and source offsets.
 */
export interface MdNode {
  type: string;
  value?: string;
  children?: MdNode[];
  depth?: number;
  ordered?: boolean | null;
  start?: number | null;
  alt?: string | null;
  label?: string | null;
  identifier?: string;
  position?: { start: { offset?: number }; end: { offset?: number } };
}

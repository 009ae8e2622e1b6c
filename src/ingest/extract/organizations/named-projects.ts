/**
 * An initiative the text says is a project: "the Safe Roads Initiative, a pilot project that …",
 * "the X Initiative is a programme of …", "projects such as the X Initiative", "the pilot
 * project of the Ombudsman and the X Initiative". "Initiative" also ends NGOs' names ("Global
 * Initiative to End …"), so the name alone does not decide (projects are not organizations:
 * tests/eval/README.md); the words around one of its mentions do. Names ending in "Project" or
 * "Programme" are dropped by their head already (not-organizations.ts).
 *
 * The cues: the name in apposition to, or the subject of "is/was", a project noun; or the name
 * listed after a project noun in the same clause ("… project(s) … and/such as/including the X").
 */
const PROJECT_NOUN = String.raw`(?:pilot\s+)?(?:projects?|programmes?|programs?|schemes?|pilots?)`;
const HEAD = /\b(?:Initiative|Initiatives)$/;
/** After the name: ", a (pilot) project", " is a programme", " was a three-year project". */
const AFTER = new RegExp(String.raw`^,?\s+(?:(?:is|was|being|has\s+been)\s+)?(?:a|an)\s+(?:[\p{L}-]+\s+){0,2}${PROJECT_NOUN}\b`, 'iu');
/** Before the name, in the same clause: "projects such as the", "the pilot project of the Ombudsman and the". */
const BEFORE = new RegExp(
  String.raw`\b${PROJECT_NOUN}\b[^.;:!?]{0,80}?\b(?:and|or|such\s+as|including|like|as\s+well\s+as|entitled|called)\s+(?:the\s+)?$`,
  'iu',
);

/** Whether the mention of `name` at [start, end) of `text` is one of a project the text names as such. */
export function namedAsProject(name: string, text: string, start: number, end: number): boolean {
  if (!HEAD.test(name)) return false;
  return AFTER.test(text.slice(end, end + 60)) || BEFORE.test(text.slice(Math.max(0, start - 120), start));
}

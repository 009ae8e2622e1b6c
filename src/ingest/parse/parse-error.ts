/**
 * The one error the parse stage throws. The CLI prints it to a person who has a folder of
 * files, so the message is a single line that starts with the file and says what is wrong
 * with it ("a.md: duplicate paragraph number 12"). A multi-line message would break the
 * one-line-per-file ingest report, hence the flattening of stray newlines.
 */
export class ParseError extends Error {
  override readonly name = 'ParseError';
  /** The problem alone, without the file name (for callers that print the file elsewhere). */
  readonly problem: string;

  constructor(
    public readonly sourceFile: string,
    message: string,
  ) {
    super(`${oneLine(sourceFile)}: ${oneLine(message)}`);
    this.problem = oneLine(message);
  }
}

function oneLine(s: string): string {
  return s.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}

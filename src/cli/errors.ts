/** A problem the user can fix: printed as one line, never as a stack trace. */
export class UserError extends Error {
  constructor(
    message: string,
    readonly exitCode = 2,
  ) {
    super(message);
  }
}

export function say(line: string): void {
  process.stderr.write(`chronicle: ${line}\n`);
}

import { Command, CommanderError } from "commander";
import { registerAll } from "./commands/index.js";
import { say, UserError } from "./errors.js";

export function buildProgram(): Command {
  const program = new Command();
  program
    .name("chronicle")
    .description("Turn news reporting into ACLED-style event data, with the evidence for every field.")
    .version("0.1.0")
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) })
    .showHelpAfterError("(run `chronicle --help` for usage)");
  registerAll(program);
  for (const c of program.commands) c.exitOverride();
  return program;
}

/** Runs the CLI and returns the exit code; user errors become one line on stderr. */
export async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv, { from: "user" });
    return typeof process.exitCode === "number" ? process.exitCode : 0;
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2;
    if (e instanceof UserError) {
      say(e.message);
      return e.exitCode;
    }
    const err = e as NodeJS.ErrnoException;
    if (err?.code === "EPIPE") return 0;
    say(`unexpected error: ${err?.message ?? String(e)}`);
    if (process.env.CHRONICLE_DEBUG) process.stderr.write(`${err?.stack ?? ""}\n`);
    return 1;
  }
}

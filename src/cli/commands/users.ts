/** `chronicle users add | list | token`: local accounts and API tokens for `chronicle serve`. */
import { randomBytes } from "node:crypto";
import { createInterface } from "node:readline";
import type { Command } from "commander";
import { type Role, type Store, StoreError } from "../../store/index.js";
import { say, UserError } from "../errors.js";
import { addDbOption, openDb } from "./export.js";

const ROLES: Role[] = ["viewer", "editor", "admin"];

async function withStore<T>(db: string | undefined, fn: (store: Store) => Promise<T>): Promise<T> {
  const store = await openDb(db);
  try {
    return await fn(store);
  } catch (e) {
    if (e instanceof StoreError) throw new UserError(e.message);
    throw e;
  } finally {
    await store.close();
  }
}

async function readStdin(): Promise<string> {
  let s = "";
  for await (const chunk of process.stdin) s += chunk;
  return s.replace(/\r?\n$/, "");
}

/** Ask on the terminal without echoing what is typed. */
function askHidden(prompt: string): Promise<string> {
  return new Promise((resolve) => {
    const rl = createInterface({ input: process.stdin, output: process.stderr, terminal: true });
    const out = rl as unknown as { _writeToOutput: (s: string) => void };
    process.stderr.write(prompt);
    out._writeToOutput = () => {};
    rl.question("", (answer) => {
      rl.close();
      process.stderr.write("\n");
      resolve(answer);
    });
  });
}

async function passwordFor(opts: {
  passwordStdin?: boolean;
}): Promise<{ password: string; generated: boolean }> {
  if (opts.passwordStdin) return { password: await readStdin(), generated: false };
  if (process.stdin.isTTY) {
    const a = await askHidden("Password: ");
    const b = await askHidden("Again: ");
    if (a !== b) throw new UserError("the two passwords differ");
    return { password: a, generated: false };
  }
  return { password: randomBytes(12).toString("base64url"), generated: true };
}

export function register(program: Command): void {
  const users = program
    .command("users")
    .description("Manage the accounts and API tokens of `chronicle serve`");

  addDbOption(
    users
      .command("add")
      .description("Create an account (password asked on a terminal, from stdin, or generated and printed)")
      .argument("<name>", "user name (letters, digits, . _ @ -)")
      .requiredOption("--role <role>", `one of ${ROLES.join(", ")}`)
      .option("--password-stdin", "read the password from standard input"),
  ).action(async (name: string, opts: { role: string; passwordStdin?: boolean; db?: string }) => {
    if (!ROLES.includes(opts.role as Role))
      throw new UserError(`--role: expected ${ROLES.join(", ")}, got "${opts.role}"`);
    await withStore(opts.db, async (store) => {
      if (await store.getUser(name)) throw new UserError(`user ${name} already exists`);
      const { password, generated } = await passwordFor(opts);
      const u = await store.createUser(name, password, opts.role as Role);
      say(`user ${u.username} created with role ${u.role}`);
      if (generated) process.stdout.write(`${password}\n`);
    });
  });

  addDbOption(
    users.command("list").description("List the accounts").option("--json", "one JSON object per line"),
  ).action(async (opts: { json?: boolean; db?: string }) => {
    await withStore(opts.db, async (store) => {
      const list = await store.listUsers();
      if (opts.json) {
        for (const u of list) process.stdout.write(`${JSON.stringify(u)}\n`);
        return;
      }
      if (list.length === 0) {
        say("no users yet: chronicle users add NAME --role admin");
        return;
      }
      const w = Math.max(8, ...list.map((u) => u.username.length));
      process.stdout.write(`${"username".padEnd(w)}  role    created\n`);
      for (const u of list)
        process.stdout.write(`${u.username.padEnd(w)}  ${u.role.padEnd(6)}  ${u.created_at}\n`);
    });
  });

  addDbOption(
    users
      .command("token")
      .description("Create an API token for a user and print it (shown once; only its hash is kept)")
      .argument("<name>", "user name")
      .option("--label <text>", "what the token is for"),
  ).action(async (name: string, opts: { label?: string; db?: string }) => {
    await withStore(opts.db, async (store) => {
      const t = await store.createToken(name, opts.label);
      say(`token ${t.id} created for ${name}; send it as "Authorization: Bearer <token>"`);
      process.stdout.write(`${t.token}\n`);
    });
  });
}

/** `chronicle users add | list | token` as processes, and the accounts they make work for sign-in. */
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import { openStore } from "../src/store/index.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const mainUrl = new URL("../src/cli/main.ts", import.meta.url).href;
const dir = mkdtempSync(join(tmpdir(), "chronicle-users-"));

function run(args: string[], stdin = ""): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const code = `import { main } from ${JSON.stringify(mainUrl)}; process.exitCode = await main(process.argv.slice(1));`;
  const p = spawn(process.execPath, ["--import", "tsx", "--input-type=module", "-e", code, ...args], {
    cwd: root,
    env: { ...process.env, CHRONICLE_DB: "" },
    stdio: ["pipe", "pipe", "pipe"],
  });
  p.stdin.end(stdin);
  return new Promise((resolve) => {
    let stdout = "";
    let stderr = "";
    p.stdout.on("data", (d) => (stdout += d));
    p.stderr.on("data", (d) => (stderr += d));
    p.on("close", (c) => resolve({ code: c, stdout, stderr }));
  });
}

test("users add, list, token; bad input is one line and non-zero", async () => {
  const db = join(dir, "users.db");
  const add = await run(
    ["users", "add", "amina", "--role", "editor", "--password-stdin", "--db", db],
    "correct horse battery\n",
  );
  assert.equal(add.code, 0, add.stderr);
  assert.match(add.stderr, /user amina created with role editor/);
  const gen = await run(["users", "add", "root", "--role", "admin", "--db", db]);
  assert.equal(gen.code, 0, gen.stderr);
  const generated = gen.stdout.trim();
  assert.ok(generated.length >= 12, "a generated password is printed once");

  const list = await run(["users", "list", "--json", "--db", db]);
  assert.equal(list.code, 0);
  const users = list.stdout
    .trim()
    .split("\n")
    .map((l) => JSON.parse(l));
  assert.deepEqual(
    users.map((u) => [u.username, u.role]),
    [
      ["amina", "editor"],
      ["root", "admin"],
    ],
  );
  const table = await run(["users", "list", "--db", db]);
  assert.match(table.stdout, /^username\s+role\s+created\n/);

  const tok = await run(["users", "token", "amina", "--label", "scripts", "--db", db]);
  assert.equal(tok.code, 0, tok.stderr);
  const token = tok.stdout.trim();
  const store = await openStore(db);
  try {
    assert.equal((await store.verifyToken(token))?.username, "amina");
    assert.equal((await store.verifyPassword("amina", "correct horse battery"))?.role, "editor");
    assert.equal((await store.verifyPassword("root", generated))?.role, "admin");
  } finally {
    await store.close();
  }

  for (const [args, stdin, message] of [
    [
      ["users", "add", "amina", "--role", "viewer", "--password-stdin", "--db", db],
      "another password",
      /already exists/,
    ],
    [
      ["users", "add", "bo", "--role", "boss", "--password-stdin", "--db", db],
      "long enough pw",
      /--role: expected viewer, editor, admin/,
    ],
    [
      ["users", "add", "cy", "--role", "viewer", "--password-stdin", "--db", db],
      "short",
      /at least 8 characters/,
    ],
    [["users", "token", "nobody", "--db", db], "", /no user nobody/],
  ] as [string[], string, RegExp][]) {
    const r = await run(args, stdin);
    assert.notEqual(r.code, 0);
    assert.match(r.stderr, message);
    assert.equal(r.stderr.trim().split("\n").length, 1, r.stderr);
  }
});

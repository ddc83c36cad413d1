/**
 * Run a bench section in a fresh Node process (cold caches, its own peak RSS) and get its figures
 * back over IPC. Protocol: parent -> {type:"run", section, params}; child -> optional {type:"ready"}
 * (then waits for {type:"go"}), then {type:"result", result} or {type:"error", message}.
 */
import { type ChildProcess, fork } from "node:child_process";
import { fileURLToPath } from "node:url";
import { ROOT } from "./util.js";

const SECTION_MAIN = fileURLToPath(new URL("./section.ts", import.meta.url));

export interface ChildHandle<T> {
  /** Resolves when the child says it is ready (sections that wait for "go"). */
  ready: Promise<void>;
  go(): void;
  done: Promise<T>;
  child: ChildProcess;
}

export function startSection<T>(
  section: string,
  params: unknown,
  opts: { nodeArgs?: string[]; env?: NodeJS.ProcessEnv } = {},
): ChildHandle<T> {
  const child = fork(SECTION_MAIN, [], {
    cwd: ROOT,
    execArgv: ["--import", "tsx", "--expose-gc", ...(opts.nodeArgs ?? [])],
    stdio: ["ignore", "pipe", "pipe", "ipc"],
    env: { ...process.env, ...opts.env },
  });
  let stderr = "";
  const keep = (d: Buffer) => {
    stderr = (stderr + d.toString()).slice(-4000);
  };
  child.stderr?.on("data", (d: Buffer) => {
    keep(d);
    if (process.env.BENCH_VERBOSE) process.stderr.write(d);
  });
  child.stdout?.on("data", keep);
  let markReady: () => void = () => {};
  const ready = new Promise<void>((res) => {
    markReady = res;
  });
  const done = new Promise<T>((resolve, reject) => {
    let settled = false;
    child.on("message", (m: { type: string; result?: T; message?: string }) => {
      if (m.type === "ready") markReady();
      else if (m.type === "result") {
        settled = true;
        resolve(m.result as T);
      } else if (m.type === "error") {
        settled = true;
        reject(new Error(m.message));
      }
    });
    child.on("exit", (code, signal) => {
      markReady();
      if (!settled) {
        const tail = stderr.trim().split("\n").slice(-3).join(" | ");
        reject(
          new Error(
            `section ${section} exited (${signal ?? code}) without a result${tail ? `: ${tail}` : ""}`,
          ),
        );
      }
    });
  });
  child.send({ type: "run", section, params });
  return { ready, go: () => child.send({ type: "go" }), done, child };
}

export function runSection<T>(section: string, params: unknown, nodeArgs: string[] = []): Promise<T> {
  return startSection<T>(section, params, { nodeArgs }).done;
}

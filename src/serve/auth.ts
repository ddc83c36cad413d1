/**
 * Who is calling: an API token (Authorization: Bearer) or a browser session cookie.
 *
 * CSRF protection for cookie sessions (tokens are not sent automatically by browsers, so they need none):
 *  1. the session cookie is HttpOnly and SameSite=Strict, so other sites' pages never send it;
 *  2. double-submit token: at sign-in the server sets a readable `chronicle_csrf` cookie bound to the
 *     session, and every unsafe request (POST...) must echo it in the `X-CSRF-Token` header;
 *  3. when the browser sends an Origin header on an unsafe request, it must be this server's origin.
 */
import { randomBytes, timingSafeEqual } from "node:crypto";
import type { FastifyReply, FastifyRequest } from "fastify";
import type { Role, Store, User } from "../store/types.js";

export const SESSION_COOKIE = "chronicle_session";
export const CSRF_COOKIE = "chronicle_csrf";
const SESSION_TTL_MS = 12 * 3600_000;
const ROLE_RANK: Record<Role, number> = { viewer: 1, editor: 2, admin: 3 };

export interface Caller {
  user: User;
  via: "token" | "session";
  csrf?: string;
}

interface Session {
  user: User;
  csrf: string;
  expires: number;
}

export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export function parseCookies(header: string | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of (header ?? "").split(";")) {
    const i = part.indexOf("=");
    if (i <= 0) continue;
    const k = part.slice(0, i).trim();
    try {
      out[k] = decodeURIComponent(part.slice(i + 1).trim());
    } catch {
      // ignore malformed cookie values
    }
  }
  return out;
}

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export function hasRole(user: User | undefined, role: Role): boolean {
  return !!user && ROLE_RANK[user.role] >= ROLE_RANK[role];
}

export class Auth {
  private readonly sessions = new Map<string, Session>();

  constructor(
    private readonly store: Store,
    private readonly secureCookies: boolean,
  ) {}

  /** Creates a session and sets its cookies; returns the CSRF token for the client. */
  startSession(reply: FastifyReply, user: User): string {
    const sid = randomBytes(32).toString("base64url");
    const csrf = randomBytes(24).toString("base64url");
    this.sessions.set(sid, { user, csrf, expires: Date.now() + SESSION_TTL_MS });
    const secure = this.secureCookies ? "; Secure" : "";
    const age = Math.floor(SESSION_TTL_MS / 1000);
    reply.header("set-cookie", [
      `${SESSION_COOKIE}=${sid}; Path=/; HttpOnly; SameSite=Strict; Max-Age=${age}${secure}`,
      `${CSRF_COOKIE}=${csrf}; Path=/; SameSite=Strict; Max-Age=${age}${secure}`,
    ]);
    return csrf;
  }

  endSession(req: FastifyRequest, reply: FastifyReply): void {
    const sid = parseCookies(req.headers.cookie)[SESSION_COOKIE];
    if (sid) this.sessions.delete(sid);
    reply.header("set-cookie", [
      `${SESSION_COOKIE}=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0`,
      `${CSRF_COOKIE}=; Path=/; SameSite=Strict; Max-Age=0`,
    ]);
  }

  /** The caller, or undefined for an anonymous request; a bad token is an error, not anonymity. */
  async identify(req: FastifyRequest): Promise<Caller | undefined> {
    const authz = req.headers.authorization;
    if (authz !== undefined) {
      const m = /^Bearer\s+(\S+)\s*$/i.exec(authz);
      if (!m) throw new HttpError(401, "Authorization header must be 'Bearer <token>'");
      const user = await this.store.verifyToken(m[1]);
      if (!user) throw new HttpError(401, "invalid or revoked API token");
      return { user, via: "token" };
    }
    const sid = parseCookies(req.headers.cookie)[SESSION_COOKIE];
    if (!sid) return undefined;
    const s = this.sessions.get(sid);
    if (!s) return undefined;
    if (s.expires < Date.now()) {
      this.sessions.delete(sid);
      return undefined;
    }
    return { user: s.user, via: "session", csrf: s.csrf };
  }

  /** CSRF check for unsafe requests made with the session cookie. */
  checkCsrf(req: FastifyRequest, caller: Caller | undefined): void {
    const origin = req.headers.origin;
    if (origin !== undefined && origin !== "null") {
      const host = req.headers.host;
      let originHost = "";
      try {
        originHost = new URL(origin).host;
      } catch {
        // unparseable origin: treated as foreign
      }
      if (!host || originHost !== host)
        throw new HttpError(403, "cross-origin request refused (Origin check)");
    } else if (origin === "null") {
      throw new HttpError(403, "cross-origin request refused (Origin check)");
    }
    if (caller?.via !== "session") return;
    const sent = req.headers["x-csrf-token"];
    if (typeof sent !== "string" || !caller.csrf || !sameSecret(sent, caller.csrf)) {
      throw new HttpError(403, "missing or wrong X-CSRF-Token header (CSRF protection)");
    }
  }
}

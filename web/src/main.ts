/** Entry point: a two-page app (explorer at "/", event page at "/event/:id") with the sign-in widget. */
import "./style.css";
import { api, type Me } from "./api.js";
import { h } from "./dom.js";
import { renderEventPage } from "./event-page.js";
import { Explorer } from "./explorer.js";

const app = document.getElementById("app") as HTMLElement;
const authBox = document.getElementById("auth") as HTMLElement;
let me: Me = { user: null, readOpen: true };
let explorer: Explorer | null = null;

function navigate(path: string): void {
  if (location.pathname === "/") sessionStorage.setItem("explorer-query", location.search);
  history.pushState(null, "", path);
  void route();
}

async function route(): Promise<void> {
  const m = location.pathname.match(/^\/event\/(.+)$/);
  if (m) {
    await renderEventPage(app, decodeURIComponent(m[1]), me);
    window.scrollTo(0, 0);
    return;
  }
  if (!me.user && !me.readOpen) {
    app.replaceChildren(
      h("p", { class: "notice" }, "Reading is restricted on this server: sign in to see events."),
    );
    return;
  }
  if (explorer) {
    app.replaceChildren(explorer.element);
    explorer.reload();
  } else {
    explorer = new Explorer(navigate);
    app.replaceChildren(explorer.element);
  }
}

function renderAuth(): void {
  if (me.user) {
    const out = h("button", { type: "button", class: "link", id: "logout" }, "Sign out");
    out.addEventListener("click", async () => {
      await api.post("/api/logout").catch(() => undefined);
      await refreshMe();
      void route();
    });
    authBox.replaceChildren(h("span", { class: "whoami" }, `${me.user.name} (${me.user.role})`), " ", out);
    return;
  }
  const user = h("input", { name: "username", placeholder: "user", autocomplete: "username", required: "" });
  const pass = h("input", {
    name: "password",
    type: "password",
    placeholder: "password",
    autocomplete: "current-password",
    required: "",
  });
  const msg = h("span", { class: "error login-error" });
  const form = h("form", { class: "login" }, user, pass, h("button", { type: "submit" }, "Sign in"), msg);
  form.addEventListener("submit", async (e) => {
    e.preventDefault();
    try {
      await api.post("/api/login", { username: user.value, password: pass.value });
      await refreshMe();
      void route();
    } catch (err) {
      msg.textContent = (err as Error).message;
    }
  });
  authBox.replaceChildren(form);
}

async function refreshMe(): Promise<void> {
  me = await api.get<Me>("/api/me").catch(() => me);
  renderAuth();
}

document.querySelector(".brand")?.addEventListener("click", (e) => {
  e.preventDefault();
  navigate(`/${sessionStorage.getItem("explorer-query") ?? ""}`);
});
window.addEventListener("popstate", () => void route());
void refreshMe().then(route);

/**
 * End-to-end: the real app (demo database, built web app) driven by Debian's chromium through
 * playwright-core. Skips cleanly when /usr/bin/chromium is absent.
 */
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { parse } from "csv-parse/sync";
import type { FastifyInstance } from "fastify";
import { type Browser, chromium, type Page } from "playwright-core";
import { PACKAGE_ROOT, WEB_DIST } from "../src/serve/app.js";
import { createDemo, type Demo } from "../src/serve/demo.js";
import { startServer } from "../src/serve/server.js";

const CHROMIUM = "/usr/bin/chromium";
const SHOTS = join(PACKAGE_ROOT, "docs", "screenshots");
const skip = existsSync(CHROMIUM) ? false : "chromium is not installed at /usr/bin/chromium";

interface ApiEvent {
  event_id_cnty: string;
  event_date: string | null;
  event_type: string;
  fatalities: number;
}

describe("web app end to end", { skip }, () => {
  let demo: Demo;
  let app: FastifyInstance;
  let base: string;
  let browser: Browser;
  let events: ApiEvent[];

  before(async () => {
    if (!existsSync(join(WEB_DIST, "index.html"))) {
      execFileSync(
        process.execPath,
        [join(PACKAGE_ROOT, "node_modules", "vite", "bin", "vite.js"), "build", "web"],
        {
          cwd: PACKAGE_ROOT,
          stdio: "ignore",
        },
      );
    }
    demo = await createDemo();
    ({ app, url: base } = await startServer({
      store: demo.store,
      host: "127.0.0.1",
      port: 0,
      readOpen: true,
    }));
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    });
    // (every event of the demo, page by page: it may hold more than one page of 1,000)
    events = [];
    for (let offset = 0; ; offset += 1000) {
      const page = (await (await fetch(`${base}/api/events?limit=1000&offset=${offset}`)).json()).events;
      events.push(...page);
      if (page.length < 1000) break;
    }
    mkdirSync(SHOTS, { recursive: true });
  });

  after(async () => {
    await browser?.close();
    await app?.close();
    await demo?.store.close();
  });

  async function newPage(): Promise<Page> {
    const context = await browser.newContext({
      viewport: { width: 1360, height: 900 },
      acceptDownloads: true,
    });
    const page = await context.newPage();
    page.on("dialog", (d) => {
      throw new Error(`unexpected dialog: ${d.message()}`);
    });
    return page;
  }

  async function signIn(page: Page, role: "editor" | "viewer") {
    const account = demo.accounts.find((a) => a.role === role)!;
    await page.fill("#auth input[name=username]", account.username);
    await page.fill("#auth input[name=password]", account.password);
    await page.click("#auth button[type=submit]");
    await page.waitForSelector(`.whoami:has-text("${role}")`);
  }

  const tableRows = (page: Page) =>
    page.$$eval("table.events tbody tr", (rows) =>
      rows.map((r) => Array.from(r.querySelectorAll("td")).map((td) => td.textContent?.trim() ?? "")),
    );

  test("loads the demo: map, timeline, facets, table", async () => {
    assert.ok(events.length > 0, "the demo has events");
    const page = await newPage();
    await page.goto(`${base}/`);
    await page.waitForSelector("table.events tbody tr");
    await page.waitForFunction(() => Number(document.querySelector<HTMLElement>(".map")?.dataset.points) > 0);
    const rows = await tableRows(page);
    assert.equal(rows.length, Math.min(50, events.length));
    assert.ok(Number(await page.getAttribute(".timeline", "data-weeks")) > 0);
    assert.ok((await page.$$(".facet[data-field=event_type]")).length > 0);
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(SHOTS, "explorer.png"), fullPage: true });
    await (await page.$(".map-wrap"))!.screenshot({ path: join(SHOTS, "map.png") });
    await (await page.$(".timeline"))!.screenshot({ path: join(SHOTS, "timeline.png") });
    await page.context().close();
  });

  test("filters by type and date; the URL carries the filters", async () => {
    const page = await newPage();
    await page.goto(`${base}/`);
    await page.waitForSelector("table.events tbody tr");
    const type = (await page.getAttribute(".facet[data-field=event_type]", "data-value"))!;
    await page.click(`.facet[data-field=event_type][data-value="${type}"]`);
    await page.waitForFunction((t) => new URL(location.href).searchParams.get("event_type") === t, type);
    await page.waitForFunction(
      (t) =>
        Array.from(document.querySelectorAll("table.events tbody tr td:nth-child(2)")).every((td) =>
          td.textContent?.includes(t),
        ),
      type,
    );
    const typed = await tableRows(page);
    // (the table shows a page of 50)
    assert.equal(typed.length, Math.min(50, events.filter((e) => e.event_type === type).length));

    const dated = events.find((e) => e.event_date)!;
    await page.click("button.chip");
    await page.fill("input[name=start_date]", dated.event_date!);
    await page.fill("input[name=end_date]", dated.event_date!);
    await page.click(".filter-form button[type=submit]");
    await page.waitForFunction(
      (d) => new URL(location.href).searchParams.get("start_date") === d,
      dated.event_date,
    );
    await page.waitForFunction((d) => {
      const cells = Array.from(document.querySelectorAll("table.events tbody tr td:first-child"));
      return cells.length > 0 && cells.every((td) => td.textContent === d);
    }, dated.event_date);
    const shared = page.url();
    const again = await newPage();
    await again.goto(shared);
    await again.waitForSelector("table.events tbody tr");
    assert.equal(
      (await tableRows(again)).length,
      events.filter((e) => e.event_date === dated.event_date).length,
    );
    assert.equal(await again.inputValue("input[name=start_date]"), dated.event_date);
    await page.context().close();
    await again.context().close();
  });

  test("exports the current view as CSV", async () => {
    const page = await newPage();
    const type = events[0].event_type;
    await page.goto(`${base}/?event_type=${encodeURIComponent(type)}`);
    await page.waitForSelector("table.events tbody tr");
    const [download] = await Promise.all([page.waitForEvent("download"), page.click("a.export-csv")]);
    const text = readFileSync((await download.path())!, "utf8");
    assert.match(text, /^event_id_cnty,event_date,year,time_precision,disorder_type,event_type/);
    // (parsed as CSV: a note or a quote may hold a line break inside its quotes)
    const rows: Array<Record<string, string>> = parse(text, { columns: true, bom: true });
    assert.equal(rows.length, events.filter((e) => e.event_type === type).length);
    for (const r of rows) assert.equal(r.event_type, type);
    await page.context().close();
  });

  test("event page highlights evidence; an editor corrects fatalities and sees the audit entry", async () => {
    const detail = async (id: string) => (await fetch(`${base}/api/events/${id}`)).json();
    let target = events[0];
    let best = -1;
    // (among the events of the table's first page, which the test clicks)
    const page0 = await newPage();
    await page0.goto(`${base}/`);
    await page0.waitForSelector("table.events tbody tr");
    const shown = new Set(
      await page0.$$eval("table.events tbody tr", (rows) => rows.map((r) => r.getAttribute("data-id"))),
    );
    await page0.context().close();
    for (const e of events.filter((x) => shown.has(x.event_id_cnty))) {
      const n = (await detail(e.event_id_cnty)).evidence.length;
      if (n > best) [best, target] = [n, e];
    }
    const page = await newPage();
    await page.goto(`${base}/`);
    await page.waitForSelector("table.events tbody tr");
    await page.click(`table.events tr[data-id="${target.event_id_cnty}"] a`);
    await page.waitForSelector(".article-text");
    assert.ok(page.url().endsWith(`/event/${target.event_id_cnty}`));
    const marks = await page.$$eval(".article-text mark.ev", (ms) => ms.map((m) => m.className));
    assert.ok(marks.length > 0, "evidence spans are highlighted");
    assert.ok(new Set(marks).size > 1 || marks.length === 1, "fields have their own colours");
    assert.equal(await page.$$eval(".article-text script, .article-text *:not(mark)", (x) => x.length), 0);
    assert.ok((await page.$$(".ev-legend mark")).length > 0);
    await page.screenshot({ path: join(SHOTS, "event.png"), fullPage: true });

    await signIn(page, "editor");
    await page.waitForSelector(".review-form");
    const newValue = String(target.fatalities + 3);
    await page.selectOption(".review-form select[name=action]", "correct");
    await page.selectOption(".change-row select[name=field]", "fatalities");
    await page.fill(".change-row input[name=value]", newValue);
    await page.fill(".review-form textarea[name=reason]", "a later report gives a higher toll");
    await page.click(".review-form button[type=submit]");
    const entry = await page.waitForSelector(
      `.audit-entry:has-text("fatalities: ${target.fatalities} → ${newValue}")`,
    );
    assert.match((await entry.textContent()) ?? "", /correct by demo-editor/);
    assert.equal(
      await page.textContent('tr[data-field="fatalities"] td .machine'),
      ` (machine: ${target.fatalities})`,
    );
    await page.screenshot({ path: join(SHOTS, "event-reviewed.png"), fullPage: true });
    const after = await detail(target.event_id_cnty);
    assert.equal(after.event.fatalities, Number(newValue));
    assert.equal(after.event.review_status, "corrected");
    await page.context().close();
  });

  test("a viewer is refused when reviewing", async () => {
    const page = await newPage();
    await page.goto(`${base}/event/${events[0].event_id_cnty}`);
    await page.waitForSelector(".review");
    await signIn(page, "viewer");
    await page.waitForSelector(".review-form");
    await page.selectOption(".review-form select[name=action]", "accept");
    await page.click(".review-form button[type=submit]");
    const msg = await page.waitForSelector(".review-message.error");
    assert.match((await msg.textContent()) ?? "", /editor role required/);
    await page.context().close();
  });
});

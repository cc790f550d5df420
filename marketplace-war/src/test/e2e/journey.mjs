#!/usr/bin/env node
// Public browser journey of the Circles marketplace with axe accessibility checks.
//
//   node journey.mjs <baseUrl> [--screenshots <dir>] [--result <file.json>]
//   node journey.mjs --verify <file.json>     exit 1 unless the run that wrote it had 0 failed
//
// Walks the steps in STEPS below in order, runs axe (WCAG 2.0/2.1/2.2 A+AA tags) on every page
// state a step hands to t.axe(name), and prints `axe <name>: N violations` with details, then
// `N passed, M failed`. Every step and every axe check counts as one result; a step skipped
// because a step it needs did not pass counts as failed. Exit code 1 on any failure.
//
// Chromium comes from @sparticuz/chromium (unpacked into os.tmpdir(): set TMPDIR to a folder
// under target/). Its flags include --single-process: Chromium exits when its last context or page
// closes, so the run keeps ONE context and ONE page open throughout. Steps name the `session`
// (cookie jar) they run in; the runner swaps cookies in that context when the session changes.
// Only cookies are swapped (no localStorage), which is all a JSF app uses.
//
// Elements are found by role and accessible name/label only (never by CSS id or class).

import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

// ---------------------------------------------------------------------------------------------
// Settings
// ---------------------------------------------------------------------------------------------
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const NAV_TIMEOUT = 30_000;      // page loads and form posts (shared 2-core machine)
const ACTION_TIMEOUT = 20_000;   // finding / filling / clicking one element
const STEP_TIMEOUT = 180_000;    // hard stop for one whole step
const SEARCH_POLL_MS = 15_000;   // how long step (i) reloads the results waiting for the new PA
const VIEWPORT = { width: 1280, height: 900 };
const LAUNCH_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run',
];

// ---------------------------------------------------------------------------------------------
// Arguments
// ---------------------------------------------------------------------------------------------
function usage(msg) {
  if (msg) console.error(`error: ${msg}`);
  console.error('usage: node journey.mjs <baseUrl> [--screenshots <dir>] [--result <file.json>]');
  console.error('       node journey.mjs --verify <file.json>   (exit 1 unless that run had 0 failed)');
  process.exit(2);
}
const argv = process.argv.slice(2);

// --verify: for a build that runs the journey with exit codes 0 and 1 both accepted (so the
// server still gets stopped) and fails later, e.g. in Maven's verify phase.
if (argv[0] === '--verify') {
  if (!argv[1]) usage('--verify needs the result file');
  let r;
  try {
    r = JSON.parse(readFileSync(argv[1], 'utf8'));
  } catch (e) {
    console.log(`journey result ${argv[1]} not readable (${e.message}): did the journey run?`);
    process.exit(1);
  }
  console.log(`journey against ${r.baseUrl}: ${r.passed} passed, ${r.failed} failed`);
  for (const f of r.failures ?? []) console.log(`  ${f}`);
  process.exit(r.failed === 0 && r.passed > 0 ? 0 : 1);
}

let baseArg;
let screenshotDir;
let resultFile;
for (let i = 0; i < argv.length; i++) {
  if (argv[i] === '--screenshots') {
    screenshotDir = argv[++i];
    if (!screenshotDir) usage('--screenshots needs a directory');
  } else if (argv[i] === '--result') {
    resultFile = argv[++i];
    if (!resultFile) usage('--result needs a file name');
  } else if (argv[i] === '-h' || argv[i] === '--help') usage();
  else if (argv[i].startsWith('-')) usage(`unknown option ${argv[i]}`);
  else if (!baseArg) baseArg = argv[i];
  else usage(`unexpected argument ${argv[i]}`);
}
if (!baseArg) usage('missing <baseUrl>');
let BASE;
try {
  BASE = new URL(baseArg.endsWith('/') ? baseArg : `${baseArg}/`);
} catch {
  usage(`not a URL: ${baseArg}`);
}
if (screenshotDir) {
  screenshotDir = resolve(screenshotDir);
  mkdirSync(screenshotDir, { recursive: true });
}
if (resultFile) {
  resultFile = resolve(resultFile);
  mkdirSync(dirname(resultFile), { recursive: true });
  rmSync(resultFile, { force: true }); // a stale result must never pass a later --verify
}

const HERE = dirname(fileURLToPath(import.meta.url));
if (!process.env.TMPDIR) process.env.TMPDIR = join(HERE, 'tmp'); // never reuse a stale /tmp/chromium
mkdirSync(tmpdir(), { recursive: true });

const { default: sparticuz } = await import('@sparticuz/chromium');
const { chromium } = await import('playwright-core');
const { AxeBuilder } = await import('@axe-core/playwright');

// ---------------------------------------------------------------------------------------------
// Helpers used by the steps
// ---------------------------------------------------------------------------------------------
const escapeRe = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Accessible name that is exactly `text`, tolerating a trailing required marker ("*", "(required)"). */
const exactly = (text) =>
  new RegExp(`^\\s*${escapeRe(text)}\\s*(\\*|\\(required\\)|\\(optional\\))?\\s*$`, 'i');

/** A url relative to the base (keeps a context path such as http://host/marketplace/). */
const url = (path) => new URL(path.replace(/^\//, ''), BASE).href;

class StepError extends Error {}
const fail = (msg) => { throw new StepError(msg); };

/** Runs `fn`; if it throws, rethrows with `what` in front so the report names the element. */
async function doing(what, fn) {
  try {
    return await fn();
  } catch (e) {
    if (e instanceof StepError) throw e;
    const m = /Timeout (\d+)ms exceeded/.exec(firstLine(e));
    if (m) {
      const verb = /\.waitFor/.test(firstLine(e)) ? 'not found' : 'not done';
      throw new StepError(`${what}: ${verb} within ${Number(m[1]) / 1000} s`);
    }
    throw new StepError(`${what}: ${firstLine(e)}`);
  }
}
const firstLine = (e) => String(e?.message ?? e).split('\n').filter((l) => l.trim())[0] ?? String(e);

/** Tools handed to each step as `t`. */
function tools(page, state, axeCheck) {
  const t = {
    page,
    state,
    url,
    exactly,
    /** Loads a page of the site and fails on HTTP errors. */
    async goto(path) {
      const target = url(path);
      const res = await doing(`GET ${target}`, () =>
        page.goto(target, { waitUntil: 'load', timeout: NAV_TIMEOUT }));
      if (res && res.status() >= 400) fail(`GET ${target} answered HTTP ${res.status()}`);
      return res;
    },
    /** The <main> landmark if there is exactly one, else the whole page (axe reports the gap). */
    async main() {
      const main = page.getByRole('main');
      return (await main.count()) === 1 ? main : page;
    },
    /** A form control by its label text (exact, case-insensitive, optional "*" marker). */
    async field(label, scope) {
      const s = scope ?? (await t.main());
      const loc = s.getByLabel(exactly(label));
      await doing(`field labelled "${label}"`, () => loc.first().waitFor({ state: 'visible', timeout: ACTION_TIMEOUT }));
      const n = await loc.count();
      if (n > 1) fail(`${n} fields are labelled "${label}" (expected one)`);
      return loc;
    },
    /** Fills text fields / selects: { 'Label': 'value', ... } in order. */
    async fill(values, scope) {
      for (const [label, value] of Object.entries(values)) {
        const loc = await t.field(label, scope);
        const tag = await loc.evaluate((el) => el.tagName.toLowerCase());
        if (tag === 'select') {
          await doing(`choosing "${value}" in "${label}"`, () => loc.selectOption({ label: value }, { timeout: ACTION_TIMEOUT })
            .catch(() => loc.selectOption(value, { timeout: ACTION_TIMEOUT })));
        } else {
          await doing(`filling "${label}"`, () => loc.fill(String(value), { timeout: ACTION_TIMEOUT }));
        }
      }
    },
    /** Ticks a checkbox / radio by its label; falls back to focus + Space for styled widgets. */
    async tick(label, scope) {
      const s = scope ?? (await t.main());
      const loc = s.getByLabel(exactly(label));
      await doing(`option labelled "${label}"`, () => loc.first().waitFor({ state: 'attached', timeout: ACTION_TIMEOUT }));
      if ((await loc.count()) > 1) fail(`more than one option is labelled "${label}"`);
      try {
        await loc.check({ timeout: 3_000 });
      } catch {
        await doing(`ticking "${label}" with the keyboard`, async () => {
          await loc.focus({ timeout: ACTION_TIMEOUT });
          await page.keyboard.press('Space');
        });
      }
      if (!(await loc.isChecked())) fail(`option "${label}" could not be ticked`);
    },
    /** A fieldset / radiogroup by its legend. */
    async group(legend, scope) {
      const s = scope ?? (await t.main());
      const loc = s.getByRole('group', { name: exactly(legend) })
        .or(s.getByRole('radiogroup', { name: exactly(legend) })).first();
      await doing(`group (fieldset) with legend "${legend}"`, () => loc.waitFor({ state: 'visible', timeout: ACTION_TIMEOUT }));
      return loc;
    },
    /** A button by its exact accessible name. */
    async button(name, scope) {
      const s = scope ?? (await t.main());
      const loc = s.getByRole('button', { name: exactly(name) });
      await doing(`button "${name}"`, () => loc.first().waitFor({ state: 'visible', timeout: ACTION_TIMEOUT }));
      if ((await loc.count()) > 1) fail(`more than one button is named "${name}"`);
      return loc;
    },
    async click(name, scope) {
      const b = await t.button(name, scope);
      await doing(`clicking "${name}"`, () => b.click({ timeout: ACTION_TIMEOUT }));
    },
    /** Waits until `locator` is visible; `what` names it in the failure message. */
    async visible(what, locator, timeout = NAV_TIMEOUT) {
      const shown = locator.filter({ visible: true }).first();
      await doing(what, () => shown.waitFor({ state: 'visible', timeout }));
      return shown;
    },
    async heading(what, opts, scope) {
      const s = scope ?? page;
      return t.visible(what, s.getByRole('heading', opts));
    },
    /** An error message: role=alert, or an error summary headed "There is a problem"/"…error…". */
    async errorShown(afterWhat) {
      const loc = page.getByRole('alert').filter({ hasText: /\S/ })
        .or(page.getByRole('heading', { name: /there is a problem|error/i }))
        .filter({ visible: true });
      try {
        await loc.first().waitFor({ state: 'visible', timeout: NAV_TIMEOUT });
      } catch {
        // A common cause: HTML `required` attributes make the browser block the post itself.
        const invalid = await page.evaluate(() => document.querySelectorAll(':invalid:not(form):not(fieldset)').length)
          .catch(() => 0);
        fail(`no error (role=alert or an error summary) shown after ${afterWhat}` +
          (invalid ? ` (${invalid} fields fail browser validation: is the form missing novalidate?)` : ''));
      }
      return (await loc.first().innerText()).trim().replace(/\s+/g, ' ');
    },
    /** Runs axe on the current page state; violations are reported, they do not stop the step. */
    axe: (name) => axeCheck(page, name),
    log: (msg) => console.log(`      ${msg}`),
  };
  return t;
}

// ---------------------------------------------------------------------------------------------
// The journey. Each step: id, title, session (browser context it runs in), needs (ids of steps
// that must have passed), run(t). Add a step by adding an object here.
// ---------------------------------------------------------------------------------------------
const STAMP = Date.now();
const PA = {
  email: `e2e-${STAMP}@example.test`,
  password: 'Journey-pass-1234',
  displayName: `E2E Tester ${STAMP}`,
  town: 'Dorchester',
  rate: '14.50',
  about: `I enjoy gardening and long walks ${STAMP}`,
  skill: 'Companionship',
  token: String(STAMP),
};

const SEARCH_FIELD = 'What support are you looking for?';
const NEAR_FIELD = 'Town or postcode district';

const STEPS = [
  {
    id: 'a', title: 'home page', session: 'anonymous',
    async run(t) {
      await t.goto('');
      await t.axe('home'); // first, so a missing element below cannot hide the axe report
      if ((await t.page.getByRole('main').count()) !== 1) fail('home page has no single <main> landmark');
      await t.heading('an h1', { level: 1 });
      await t.field(SEARCH_FIELD);
      await t.field(NEAR_FIELD);
      await t.button('Search');
    },
  },
  {
    id: 'b', title: 'search from home: companionship near Dorchester', session: 'anonymous',
    async run(t) {
      await t.goto('');
      await t.fill({ [SEARCH_FIELD]: 'companionship', [NEAR_FIELD]: 'Dorchester' });
      await t.click('Search');
      await t.page.waitForURL(/\/search\.xhtml/, { timeout: NAV_TIMEOUT, waitUntil: 'load' })
        .catch(() => fail(`the Search button did not lead to search.xhtml (now at ${t.page.url()})`));
      await t.axe('search-results');
      await t.heading('h1 "Find a personal assistant"', { level: 1, name: exactly('Find a personal assistant') });
      await t.field(SEARCH_FIELD);
      await t.field(NEAR_FIELD);
      await t.field('Distance');
      // The contract says a heading; a live status line (role=status) is accepted too.
      const count = await t.visible('results heading (or role=status line) containing "result"',
        t.page.getByRole('heading', { name: /result/i })
          .or(t.page.getByRole('status').filter({ hasText: /result/i })));
      t.log(`results count (${await count.evaluate((el) => (/^h[1-6]$/i.test(el.tagName) ? 'heading' : 'status'))}): ` +
        `"${(await count.innerText()).trim().replace(/\s+/g, ' ')}"`);
      const articles = t.page.getByRole('article');
      const n = await articles.count();
      t.log(`${n} result articles on the page`);
      if (n > 0) {
        await t.visible('h2 link in the first result article',
          articles.first().getByRole('heading', { level: 2 }).getByRole('link'), ACTION_TIMEOUT);
      }
    },
  },
  {
    id: 'c', title: 'sign-in page', session: 'anonymous',
    async run(t) {
      await t.goto('sign-in.xhtml');
      await t.axe('sign-in');
      await t.field('Email address');
      await t.field('Password');
      await t.button('Sign in');
    },
  },
  {
    id: 'd', title: 'sign-in with a wrong password shows an error', session: 'anonymous',
    async run(t) {
      await t.goto('sign-in.xhtml');
      await t.fill({ 'Email address': 'nobody-e2e@example.test', Password: 'wrong-password-0000' });
      await t.click('Sign in');
      t.log(`error: "${await t.errorShown('a wrong password')}"`);
      if (await t.page.getByRole('button', { name: exactly('Sign out') }).count()) fail('signed in with a wrong password');
      await t.axe('sign-in-error');
    },
  },
  {
    id: 'e', title: 'register page', session: 'anonymous',
    async run(t) {
      await t.goto('register.xhtml');
      await t.axe('register');
      await t.field('Email address');
      await t.field('Password');
      await t.field('Confirm password');
      const g = await t.group('I am registering as');
      for (const option of ['A person with a direct payment, or their carer', 'A personal assistant', 'A care provider']) {
        await doing(`radio "${option}"`, () =>
          g.getByRole('radio', { name: exactly(option) }).waitFor({ state: 'attached', timeout: ACTION_TIMEOUT }));
      }
      await t.button('Create account');
    },
  },
  {
    id: 'f', title: 'register submitted empty shows an error summary', session: 'anonymous',
    async run(t) {
      await t.goto('register.xhtml');
      await t.click('Create account');
      t.log(`error: "${(await t.errorShown('submitting the empty form')).slice(0, 200)}"`);
      await t.axe('register-errors');
    },
  },
  {
    id: 'g', title: `register a new PA (${PA.email})`, session: 'pa',
    async run(t) {
      await t.goto('register.xhtml');
      await t.fill({ 'Email address': PA.email, Password: PA.password, 'Confirm password': PA.password });
      await t.tick('A personal assistant', await t.group('I am registering as'));
      await t.click('Create account');
      await t.visible('"Sign out" button after registering (signed in)',
        t.page.getByRole('button', { name: exactly('Sign out') }));
      t.log(`signed in, now at ${t.page.url()}`);
    },
  },
  {
    id: 'h', title: 'PA profile: fill in and publish', session: 'pa', needs: ['g'],
    async run(t) {
      await t.goto('pa/profile.xhtml');
      await t.field('Display name');
      await t.axe('pa-profile');
      await t.fill({
        'Display name': PA.displayName,
        [NEAR_FIELD]: PA.town,
        'Hourly rate (£)': PA.rate,
        'About me': PA.about,
      });
      await t.tick(PA.skill, await t.group('Skills'));
      await t.click('Publish');
      const status = await t.visible('status text containing "Published"',
        t.page.getByRole('status').filter({ hasText: /\bPublished\b/ }).or(t.page.getByText(/\bPublished\b/)));
      t.log(`status: "${(await status.innerText()).trim().replace(/\s+/g, ' ')}"`);
      await t.axe('pa-profile-published');
    },
  },
  {
    id: 'i', title: 'the new PA appears in search results', session: 'pa', needs: ['h'],
    async run(t) {
      const path = `search.xhtml?q=${encodeURIComponent(PA.token)}&near=${encodeURIComponent(PA.town)}`;
      const card = t.page.getByRole('article').filter({
        has: t.page.getByRole('heading', { level: 2, name: new RegExp(escapeRe(PA.displayName)) }),
      });
      const deadline = Date.now() + SEARCH_POLL_MS;
      let tries = 0;
      await t.goto(path);
      for (;;) {
        tries++;
        if (await card.count()) break;
        if (Date.now() > deadline) {
          fail(`no result article headed "${PA.displayName}" on ${url(path)} after ${tries} loads over ${SEARCH_POLL_MS / 1000} s`);
        }
        await t.page.waitForTimeout(1_000);
        await doing('reloading the results', () => t.page.reload({ waitUntil: 'load', timeout: NAV_TIMEOUT }));
      }
      await t.visible('link to the profile in the result heading',
        card.first().getByRole('heading', { level: 2 }).getByRole('link'), ACTION_TIMEOUT);
      t.log(`found after ${tries} load(s)`);
      await t.axe('search-results-new-pa');
    },
  },
  {
    id: 'j', title: 'keyboard: skip link on home', session: 'keyboard',
    async run(t) {
      await t.goto('');
      await t.page.keyboard.press('Tab');
      const focused = await t.page.evaluate(() => {
        const el = document.activeElement;
        return { tag: el?.tagName.toLowerCase(), text: (el?.textContent ?? '').trim().replace(/\s+/g, ' '),
          href: el?.getAttribute?.('href') ?? null };
      });
      if (focused.tag !== 'a' || !/Skip to main content/i.test(focused.text)) {
        fail(`first Tab focused <${focused.tag}> "${focused.text.slice(0, 80)}", expected a link "Skip to main content"`);
      }
      t.log(`first Tab: link "${focused.text}" -> ${focused.href}`);
      await t.page.keyboard.press('Enter');
      await t.page.waitForTimeout(300);
      const after = await t.page.evaluate(() => {
        const main = document.querySelector('main, [role="main"]');
        const el = document.activeElement;
        const target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
        return {
          hash: location.hash,
          hasMain: !!main,
          focusInMain: !!(main && el && main.contains(el)),
          targetInMain: !!(main && target && main.contains(target)),
          active: el ? `<${el.tagName.toLowerCase()}>` : 'nothing',
        };
      });
      if (!after.hasMain) fail('home page has no <main> for the skip link to go to');
      if (!(after.focusInMain || after.hash === '#main' || after.targetInMain)) {
        fail(`after Enter on the skip link focus is on ${after.active} outside <main> and the hash is "${after.hash}"`);
      }
      t.log(`after Enter: focus in main=${after.focusInMain}, hash="${after.hash}"`);
    },
  },
];

// Feature journeys: each file in journeys/ (run in name order, after the steps above) exports a
// default function that receives these helpers and returns more steps of the same shape. A
// feature adds its pages there, so features never edit the same file.
const JOURNEYS = join(HERE, 'journeys');
if (existsSync(JOURNEYS)) {
  for (const file of readdirSync(JOURNEYS).filter((f) => f.endsWith('.mjs')).sort()) {
    const feature = await import(pathToFileURL(join(JOURNEYS, file)).href);
    STEPS.push(...feature.default({ fail, exactly, escapeRe, url, STAMP, PA, NAV_TIMEOUT, ACTION_TIMEOUT }));
  }
}

// ---------------------------------------------------------------------------------------------
// Runner
// ---------------------------------------------------------------------------------------------
const results = []; // { kind: 'step'|'axe', name, ok, detail }
let shotNo = 0;

async function screenshot(page, name) {
  if (!screenshotDir) return;
  const file = join(screenshotDir, `${String(++shotNo).padStart(2, '0')}-${name.replace(/[^\w.-]+/g, '_')}.png`);
  try {
    await page.screenshot({ path: file, fullPage: true, timeout: NAV_TIMEOUT });
    console.log(`      screenshot ${file}`);
  } catch (e) {
    console.log(`      (screenshot ${name} failed: ${firstLine(e)})`);
  }
}

async function axeCheck(page, name) {
  let res;
  try {
    res = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  } catch (e) {
    console.log(`axe ${name}: could not run (${firstLine(e)})`);
    results.push({ kind: 'axe', name, ok: false, detail: 'axe did not run' });
    return;
  }
  const v = res.violations;
  console.log(`axe ${name}: ${v.length} violations  (${page.url()})`);
  for (const x of v) {
    console.log(`  - ${x.id} [${x.impact}] ${x.help}`);
    console.log(`    ${x.helpUrl}`);
    for (const node of x.nodes.slice(0, 10)) {
      const why = (node.failureSummary ?? '').split('\n').map((l) => l.trim()).filter(Boolean).slice(1, 2).join(' ');
      console.log(`    target: ${node.target.map((s) => (Array.isArray(s) ? s.join(' >>> ') : s)).join(' | ')}${why ? `  — ${why}` : ''}`);
      console.log(`      html: ${node.html.replace(/\s+/g, ' ').slice(0, 160)}`);
    }
    if (x.nodes.length > 10) console.log(`    … and ${x.nodes.length - 10} more elements`);
  }
  results.push({ kind: 'axe', name, ok: v.length === 0, detail: `${v.length} violations` });
  await screenshot(page, name);
}

class StepTimeout extends StepError {}
function withTimeout(promise, ms, what) {
  let timer;
  return Promise.race([
    promise,
    new Promise((_, rej) => { timer = setTimeout(() => rej(new StepTimeout(`${what} did not finish within ${ms / 1000} s`)), ms); }),
  ]).finally(() => clearTimeout(timer));
}

/**
 * One browser, one context, one page for the whole run: with --single-process, closing the last
 * context (or page) makes Chromium exit. Sessions are switched by swapping cookies in that single
 * context; if the browser dies anyway it is relaunched and the current session's cookies restored.
 */
class Browser {
  constructor() {
    this.browser = null; this.ctx = null; this.page = null;
    this.session = null; this.saved = new Map(); // session -> cookies
    this.gone = null; // promise that rejects when the browser disconnects
  }

  async launch() {
    const t0 = Date.now();
    const executablePath = await sparticuz.executablePath();
    this.browser = await chromium.launch({
      executablePath, headless: true, timeout: NAV_TIMEOUT, args: [...sparticuz.args, ...LAUNCH_ARGS],
    });
    this.gone = new Promise((_, rej) => this.browser.once('disconnected',
      () => rej(new StepError('the browser exited or crashed'))));
    this.gone.catch(() => {});
    this.ctx = await this.browser.newContext({ viewport: VIEWPORT });
    this.ctx.setDefaultTimeout(ACTION_TIMEOUT);
    this.ctx.setDefaultNavigationTimeout(NAV_TIMEOUT);
    this.page = await this.ctx.newPage();
    this.page.on('pageerror', (e) => console.log(`      (page script error: ${firstLine(e)})`));
    this.page.on('crash', () => console.log('      (page crashed)'));
    console.log(`Chromium ${this.browser.version()} up in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    if (this.session && this.saved.has(this.session)) await this.ctx.addCookies(this.saved.get(this.session));
  }

  get alive() {
    return !!this.browser?.isConnected() && !!this.page && !this.page.isClosed();
  }

  /** Makes `session` the current one (cookies of the previous session are kept for later). */
  async use(session) {
    if (!this.alive) {
      console.log('      (starting a new browser)');
      await this.browser?.close().catch(() => {});
      await this.launch();
    }
    if (this.session === session) return;
    if (this.session) this.saved.set(this.session, await this.ctx.cookies());
    await this.ctx.clearCookies();
    if (this.saved.has(session)) await this.ctx.addCookies(this.saved.get(session));
    this.session = session;
  }

  /** Remembers the current session's cookies, so a relaunched browser can carry on with them. */
  async checkpoint() {
    if (this.alive && this.session) this.saved.set(this.session, await this.ctx.cookies().catch(() => []));
  }

  /** After a failed step: stop whatever the page was doing, keep the browser. */
  async reset() {
    if (this.alive) await this.page.goto('about:blank', { timeout: 5_000 }).catch(() => {});
  }

  async close() {
    await this.browser?.close().catch(() => {});
  }
}

async function main(started) {
  console.log(`journey against ${BASE.href} (run ${STAMP}), TMPDIR=${tmpdir()}`);
  const b = new Browser();
  try {
    await b.launch();
  } catch (e) {
    console.log(`FAIL launching Chromium: ${firstLine(e)}`);
    results.push({ kind: 'step', name: 'launch Chromium', ok: false, detail: firstLine(e) });
    await b.close();
    return finish(started);
  }

  const state = {};
  const passed = new Set();
  for (const step of STEPS) {
    const label = `step ${step.id} ${step.title}`;
    const missing = (step.needs ?? []).filter((id) => !passed.has(id));
    if (missing.length) {
      console.log(`SKIP ${label}: needs step ${missing.join(', ')} which did not pass (counted as failed)`);
      results.push({ kind: 'step', name: label, ok: false, detail: `skipped, step ${missing.join(', ')} did not pass` });
      continue;
    }
    console.log(`---- ${label}`);
    const t0 = Date.now();
    try {
      await withTimeout((async () => {
        await b.use(step.session ?? 'anonymous');
        await Promise.race([step.run(tools(b.page, state, axeCheck)), b.gone]);
      })(), STEP_TIMEOUT, label);
      passed.add(step.id);
      await b.checkpoint();
      console.log(`PASS ${label} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
      results.push({ kind: 'step', name: label, ok: true });
    } catch (e) {
      const msg = e instanceof StepError ? e.message : `${e?.name ?? 'Error'}: ${firstLine(e)}`;
      console.log(`FAIL ${label}: ${msg}`);
      if (b.alive) {
        console.log(`      at ${b.page.url()}`);
        await screenshot(b.page, `${step.id}-FAILED`);
      }
      results.push({ kind: 'step', name: label, ok: false, detail: msg });
      // a step that timed out may still be running: take its browser away so it cannot disturb
      // the next step (use() relaunches one with the session cookies saved after the last pass)
      if (e instanceof StepTimeout) await b.close();
      else await b.reset();
    }
  }
  await b.close();
  return finish(started);
}

function finish(started) {
  const ok = results.filter((r) => r.ok).length;
  const bad = results.length - ok;
  if (bad) {
    console.log('failed:');
    for (const r of results.filter((x) => !x.ok)) console.log(`  ${r.kind === 'axe' ? `axe ${r.name}` : r.name}${r.detail ? ` — ${r.detail}` : ''}`);
  }
  console.log(`took ${((Date.now() - started) / 1000).toFixed(1)} s`);
  console.log(`${ok} passed, ${bad} failed`);
  if (resultFile) {
    const failures = results.filter((x) => !x.ok)
      .map((r) => `${r.kind === 'axe' ? `axe ${r.name}` : r.name}${r.detail ? ` — ${r.detail}` : ''}`);
    try {
      writeFileSync(resultFile, `${JSON.stringify({ baseUrl: BASE.href, passed: ok, failed: bad, failures }, null, 2)}\n`);
    } catch (e) {
      console.log(`could not write ${resultFile}: ${e.message}`);
    }
  }
  return bad ? 1 : 0;
}

// If the event loop ever empties while a step is still awaited (Node would exit with code 13),
// still print the summary and fail.
process.on('exit', (c) => {
  if (c === 13) {
    console.log('FAIL the journey stalled: a browser call never returned');
    results.push({ kind: 'step', name: 'journey runner', ok: false, detail: 'stalled' });
    finish(t0);
    process.exitCode = 1;
  }
});

const t0 = Date.now();
let code;
try {
  code = await main(t0);
} catch (e) {
  console.log(`FAIL journey crashed: ${e?.stack ?? e}`);
  results.push({ kind: 'step', name: 'journey runner', ok: false, detail: firstLine(e) });
  code = finish(t0);
}
process.exit(code);

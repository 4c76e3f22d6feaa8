/**
 * The Chromium bench (P2, P4): the studio as the e2e suite starts it (createAppContext +
 * createWsHost serving out/renderer, the page opened at `${url}#token=${token}`), on a
 * project built through the dispatcher (bench/studio-project.ts). Each measured run opens a
 * new page; one more, profiled over CDP, says where the main thread's time goes.
 * Usage: `npx tsx bench/chromium-bench.ts` (prints JSON); `bench/run.ts` runs it with the rest.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { type Browser, type Page, chromium } from 'playwright-core';
import { createAppContext } from '../src/main/core/app-context';
import { createInProcessTransport } from '../src/main/core/in-process-transport';
import { createWsHost, type WsHost } from '../src/main/host/ws-host';
import { createClient } from '../src/shared/contract/create-client';
import { builtAt, builtCopy } from './built-app';
import { type ProfileSummary, startProfile, stopProfile } from './cpu-profile';
import { measureP2Once, type P2Run, summariseP2 } from './p2-outline';
import { openPage, summariseP4, typeAndMeasure, typedCharacters } from './p4-typing';
import { WS_ARRIVALS_SCRIPT } from './page-globals';
import {
  BIG_PARCOURS_TITLE,
  LONG_PAGE_TITLE,
  SHORT_PAGE_TITLE,
  SMALL_PARCOURS_TITLE,
  buildStudioProject,
} from './studio-project';

const repoRoot = resolve(import.meta.dirname, '..');
const CHROMIUM_PATH = process.env['ATELIER_CHROMIUM'] ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];
const VIEWPORT = { width: 1440, height: 900 };
const P2_RUNS = 7;
const P4_ROUNDS = 2;

/** A private copy of out/renderer (see built-app.ts) and its bundle. */
const rendererSnapshot = (work: string): { dir: string; bundle: string; builtAt: string } => {
  const dir = builtCopy('renderer', work);
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const name = /assets\/(index-[^"]+\.js)/.exec(html)?.[1];
  if (name === undefined) throw new Error('no index-*.js in out/renderer/index.html');
  const bundle = join(dir, 'assets', name);
  if (!existsSync(bundle)) throw new Error(`${name} is missing (a build in progress?)`);
  return { dir, bundle, builtAt: builtAt(`renderer/assets/${name}`) };
};

const openStudio = async (browser: Browser, host: WsHost, errors: string[]) => {
  const context = await browser.newContext({ viewport: VIEWPORT, locale: 'fr-FR' });
  await context.addInitScript({ content: WS_ARRIVALS_SCRIPT });
  const page = await context.newPage();
  page.on('pageerror', (error) => errors.push(error.message));
  let saves = 0;
  let counting = false;
  page.on('websocket', (socket) => {
    socket.on('framesent', (frame) => {
      if (
        counting &&
        typeof frame.payload === 'string' &&
        frame.payload.includes('"activity.update"')
      )
        saves += 1;
    });
  });
  await page.goto(`${host.url}#token=${host.token}`);
  return {
    page,
    close: () => context.close(),
    countSaves: (on: boolean) => {
      counting = on;
      return saves;
    },
  };
};

const runP2 = async (
  browser: Browser,
  host: WsHost,
  rows: number,
  bundle: string,
  errors: string[],
) => {
  const runs: P2Run[] = [];
  for (let run = 0; run < P2_RUNS; run += 1) {
    const studio = await openStudio(browser, host, errors);
    try {
      runs.push(await measureP2Once(studio.page, BIG_PARCOURS_TITLE, rows));
    } finally {
      await studio.close();
    }
  }
  const studio = await openStudio(browser, host, errors);
  let profile: ProfileSummary;
  try {
    const page: Page = studio.page;
    await page.locator('.outline__scroller [role="listitem"]').first().waitFor();
    const session = await startProfile(page);
    await measureP2Once(page, BIG_PARCOURS_TITLE, rows);
    profile = await stopProfile(session, bundle);
  } finally {
    await studio.close();
  }
  return { ...summariseP2(runs), profile };
};

interface PageToType {
  parcours: string;
  title: string;
  minParagraphs: number;
}
const LONG_PAGE: PageToType = {
  parcours: BIG_PARCOURS_TITLE,
  title: LONG_PAGE_TITLE,
  minParagraphs: 100,
};
const SHORT_PAGE: PageToType = {
  parcours: SMALL_PARCOURS_TITLE,
  title: SHORT_PAGE_TITLE,
  minParagraphs: 2,
};

/** One new page: open `target`, type the bursts (profiled when `bundle` is given). */
const typingRound = async (
  browser: Browser,
  host: WsHost,
  errors: string[],
  target: PageToType,
  bundle: string | null,
) => {
  const studio = await openStudio(browser, host, errors);
  try {
    const opened = await openPage(studio.page, target.parcours, target.title, target.minParagraphs);
    const session = bundle === null ? null : await startProfile(studio.page);
    const before = studio.countSaves(true);
    const state = await typeAndMeasure(studio.page);
    const saves = studio.countSaves(false) - before;
    const profile = session === null || bundle === null ? null : await stopProfile(session, bundle);
    return { ...state, saves, ...opened, profile };
  } finally {
    await studio.close();
  }
};

/** The long page, and as a control in the same run a one-screen page, typed the same way. */
const runP4 = async (browser: Browser, host: WsHost, bundle: string, errors: string[]) => {
  const long = [];
  const control = [];
  for (let round = 0; round < P4_ROUNDS; round += 1) {
    long.push(await typingRound(browser, host, errors, LONG_PAGE, null));
    control.push(await typingRound(browser, host, errors, SHORT_PAGE, null));
  }
  const profiled = await typingRound(browser, host, errors, LONG_PAGE, bundle);
  const summary = summariseP4(long);
  const reference = summariseP4(control);
  return {
    ...summary,
    control: {
      page: 'one-screen page (~300 words), same typing, same run',
      p95Ms: reference.p95Ms,
      medianMs: reference.medianMs,
      longestTaskMs: reference.longestTaskMs,
      keystrokes: reference.keystrokes,
    },
    ratioP95ToControl: Math.round((summary.p95Ms / reference.p95Ms) * 100) / 100,
    charactersPerRound: typedCharacters(),
    openLongPageMaxMs: Math.max(...long.map((r) => r.openMs)),
    paragraphs: long[0]?.paragraphs ?? 0,
    profile: profiled.profile,
  };
};

export const runChromiumBench = async () => {
  const work = mkdtempSync(join(tmpdir(), 'atelier-bench-chromium-'));
  const renderer = rendererSnapshot(work);
  const context = createAppContext({
    dataDir: join(work, 'data'),
    defaultProjectDir: work,
    templatesDir: join(repoRoot, 'resources/templates'),
    snapshotIntervalMinutes: 0,
  });
  const errors: string[] = [];
  let host: WsHost | null = null;
  let browser: Browser | null = null;
  try {
    const built = Date.now();
    const client = createClient(createInProcessTransport(context));
    const project = await buildStudioProject(client, join(work, 'studio.atelier'));
    const buildMs = Date.now() - built;
    host = await createWsHost({ context, staticDir: renderer.dir });
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
    const p2 = await runP2(browser, host, project.outlineRows, renderer.bundle, errors);
    const p4 = await runP4(browser, host, renderer.bundle, errors);
    return {
      date: new Date().toISOString(),
      chromium: browser.version(),
      viewport: VIEWPORT,
      renderer: {
        bundle: `out/renderer/assets/${basename(renderer.bundle)}`,
        builtAt: renderer.builtAt,
      },
      project: { ...project, buildMs },
      pageErrors: errors,
      P2: { ...p2, targetMs: 500, targetDomNodes: 2000 },
      P4: { ...p4, targetP95Ms: 16, targetLongestTaskMs: 50 },
    };
  } finally {
    await browser?.close();
    await host?.close();
    await context.close();
    rmSync(work, { recursive: true, force: true });
  }
};

if (process.argv[1]?.endsWith('chromium-bench.ts'))
  process.stdout.write(`${JSON.stringify(await runChromiumBench(), null, 2)}\n`);

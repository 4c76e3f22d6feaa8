/**
 * P4: keystroke to paint in a 20-page rich-text page. The page is opened from the outline,
 * the caret put at the end of its middle paragraph, then text is typed with
 * `page.keyboard.type` in bursts separated by pauses a little longer than the autosave delay
 * (400 ms), so autosaves and what follows them (the save, `project.changed`, the refetches)
 * fall inside the measured window, as when an author types. In the page: `performance.now()`
 * at keydown (capturing listener), then at the next animation frame after the input event
 * (and after that frame, via a posted message); long tasks from a PerformanceObserver.
 */
import type { Page } from 'playwright-core';
import type { EntryLike, PageGlobals } from './page-globals';
import { median, p95, round } from './stats';

const BURSTS = [
  'Les élèves observent, ',
  'puis comparent leurs ',
  'hypothèses en groupe ',
  'avant la mise en commun.',
];
const BURST_REPEAT = 2;
const KEY_DELAY_MS = 30;
/** Longer than the autosave delay, so it fires; typing resumes while it is handled. */
const PAUSE_MS = 450;

interface Sample {
  at: number;
  toRaf: number;
  toFrameEnd: number;
}
interface P4State {
  samples: Sample[];
  longTasks: EntryLike[];
  /** WebSocket messages of over 1 KB (save acknowledgements, refetched data). */
  arrivals: { at: number; size: number }[];
  /** Messages of over 1 KB the page sent (the autosaves). */
  sends: { at: number; size: number; ms: number }[];
}
/** A keystroke this soon after a large message is handled while the save's refetches are. */
const NEAR_SAVE_MS = 250;

const install = (): void => {
  const w = globalThis as unknown as PageGlobals;
  const state: P4State = { samples: [], longTasks: [], arrivals: [], sends: [] };
  w.atelierBench = { p4: state };
  let keydownAt = -1;
  const now = () => w.performance.now();
  w.addEventListener(
    'keydown',
    () => {
      keydownAt = now();
    },
    true,
  );
  w.addEventListener(
    'input',
    () => {
      const start = keydownAt;
      keydownAt = -1;
      if (start < 0) return;
      const sample: Sample = { at: start, toRaf: -1, toFrameEnd: -1 };
      w.requestAnimationFrame(() => {
        sample.toRaf = now() - start;
        const frame = new w.MessageChannel();
        frame.port1.onmessage = () => {
          sample.toFrameEnd = now() - start;
          state.samples.push(sample);
        };
        frame.port2.postMessage(null);
      });
    },
    true,
  );
  new w.PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      state.longTasks.push({
        startTime: entry.startTime,
        duration: entry.duration,
        name: entry.name,
        attribution: (entry.attribution ?? []).map((a) => ({
          name: a.name,
          containerType: a.containerType,
          containerSrc: a.containerSrc,
        })),
      });
  }).observe({ type: 'longtask', buffered: false });
};

/** Opens a page from the outline and puts the caret at the end of its middle paragraph. */
export const openPage = async (
  page: Page,
  parcoursTitle: string,
  pageTitle: string,
  minParagraphs: number,
): Promise<{ openMs: number; paragraphs: number }> => {
  await page.locator('.outline__scroller [role="listitem"]').first().waitFor({ timeout: 30_000 });
  await page.locator('.parcours-list__item', { hasText: parcoursTitle }).click();
  const row = page.locator('.outline__scroller .activity-link', { hasText: pageTitle });
  await row.waitFor({ timeout: 30_000 });
  await page.waitForTimeout(300);
  const started = Date.now();
  await row.click();
  const paragraphs = page.locator('.page-editor__content > p');
  await paragraphs.nth(minParagraphs - 1).waitFor({ state: 'attached', timeout: 30_000 });
  const openMs = Date.now() - started;
  const count = await paragraphs.count();
  const middle = paragraphs.nth(Math.floor(count / 2));
  await middle.scrollIntoViewIfNeeded();
  await middle.click();
  await page.keyboard.press('End');
  await page.waitForTimeout(800);
  return { openMs, paragraphs: count };
};

/** Types the bursts and returns the raw samples and long tasks of the window. */
export const typeAndMeasure = async (page: Page) => {
  await page.evaluate(install);
  for (let repeat = 0; repeat < BURST_REPEAT; repeat += 1)
    for (const burst of BURSTS) {
      await page.keyboard.type(burst, { delay: KEY_DELAY_MS });
      await page.waitForTimeout(PAUSE_MS);
    }
  // The last save and its refetches land inside the window too.
  await page.waitForTimeout(600);
  return page.evaluate(() => {
    const w = globalThis as unknown as PageGlobals;
    const state = w.atelierBench?.['p4'] as P4State;
    const from = state.samples[0]?.at ?? 0;
    state.arrivals = (w.atelierWsArrivals ?? []).filter((a) => a.at >= from && a.size > 1000);
    state.sends = (w.atelierWsSends ?? []).filter((a) => a.at >= from && a.size > 1000);
    return state;
  });
};

export const typedCharacters = (): number =>
  BURSTS.reduce((sum, burst) => sum + burst.length, 0) * BURST_REPEAT;

const nearSave = (sample: Sample, arrivals: P4State['arrivals']): boolean =>
  arrivals.some((a) => a.at <= sample.at + 20 && sample.at - a.at <= NEAR_SAVE_MS);

export const summariseP4 = (rounds: readonly (P4State & { saves: number })[]) => {
  const samples = rounds.flatMap((r) => r.samples);
  const near = rounds.flatMap((r) => r.samples.filter((s) => nearSave(s, r.arrivals)));
  const far = rounds.flatMap((r) => r.samples.filter((s) => !nearSave(s, r.arrivals)));
  const tasksNearSave = rounds.flatMap((r) =>
    r.longTasks.filter((t) => r.arrivals.some((a) => Math.abs(t.startTime - a.at) <= 50)),
  );
  const tasksWithSend = rounds.flatMap((r) =>
    r.longTasks.filter((t) =>
      r.sends.some((send) => send.at >= t.startTime && send.at <= t.startTime + t.duration),
    ),
  );
  const sends = rounds.flatMap((r) => r.sends);
  /** What each long task overlapped: keystrokes, an autosave's send, the last big message. */
  const longTaskContext = rounds.flatMap((r) =>
    r.longTasks.map((t) => {
      const end = t.startTime + t.duration;
      const before = r.arrivals.filter((a) => a.at <= t.startTime).at(-1);
      return {
        durationMs: round(t.duration),
        keystrokesInside: r.samples.filter((x) => x.at >= t.startTime && x.at <= end).length,
        holdsAutosaveSend: r.sends.some((x) => x.at >= t.startTime && x.at <= end),
        msSinceLastBigMessage: before === undefined ? null : round(t.startTime - before.at),
      };
    }),
  );
  const tasks = rounds.flatMap((r) => r.longTasks);
  const toRaf = samples.map((s) => s.toRaf);
  const longest = tasks.reduce((max, task) => Math.max(max, task.duration), 0);
  return {
    p95Ms: round(p95(toRaf)),
    medianMs: round(median(toRaf)),
    maxMs: round(Math.max(...toRaf)),
    frameEndP95Ms: round(p95(samples.map((s) => s.toFrameEnd))),
    keystrokes: samples.length,
    nearSave: { keystrokes: near.length, p95Ms: round(p95(near.map((s) => s.toRaf))) },
    awayFromSave: { keystrokes: far.length, p95Ms: round(p95(far.map((s) => s.toRaf))) },
    longTasksStartingWithin50MsOfAMessage: tasksNearSave.length,
    longTasksHoldingAnAutosaveSend: tasksWithSend.length,
    autosaveBytesMax: Math.max(0, ...sends.map((send) => send.size)),
    autosaveSendMsMax: round(Math.max(0, ...sends.map((send) => send.ms))),
    longTasks: tasks.length,
    /** Long tasks are those over 50 ms: null when there was none. */
    longestTaskMs: tasks.length === 0 ? null : round(longest),
    longTaskContext,
    autosaves: rounds.map((r) => r.saves),
    rounds: rounds.length,
  };
};

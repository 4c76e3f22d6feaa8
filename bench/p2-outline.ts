/**
 * P2: the outline of a 500-activity parcours rendered in Chromium. Each run opens a new
 * page on the studio (which shows the small first parcours), then measures in the page
 * from the click on the big parcours to the frame after its outline is on screen: the first
 * row and the row at the bottom edge of the visible list present (a MutationObserver
 * checks, then rAF + a posted message, which runs once that frame is produced). The WebSocket
 * arrival of the outline splits it into "data" and "render". DOM nodes are counted then.
 */
import type { Page } from 'playwright-core';
import type { ElementLike, PageGlobals } from './page-globals';
import { round, median, p95 } from './stats';

export interface P2Run {
  totalMs: number;
  dataMs: number;
  renderMs: number;
  domNodes: number;
  renderedRows: number;
}

interface P2State {
  clickAt: number;
  readyAt: number;
  paintAt: number;
  done: boolean;
}

/** Installed before the click; resolves nothing, the state is polled. */
const install = (expectedRows: number): void => {
  const w = globalThis as unknown as PageGlobals;
  const state: P2State = { clickAt: -1, readyAt: -1, paintAt: -1, done: false };
  w.atelierBench = { p2: state };
  const ready = (): boolean => {
    const scroller = w.document.querySelector('.outline__scroller');
    if (!scroller) return false;
    const items = Array.from(scroller.querySelectorAll('[role="listitem"]'));
    const first: ElementLike | undefined = items[0];
    if (first?.getAttribute('aria-setsize') !== String(expectedRows)) return false;
    const box = scroller.getBoundingClientRect();
    const visibleBottom = Math.min(box.bottom, w.innerHeight);
    let hasFirst = false;
    let coversBottom = false;
    for (const item of items) {
      if (item.getAttribute('aria-posinset') === '1') hasFirst = true;
      const rect = item.getBoundingClientRect();
      if (rect.top < visibleBottom && rect.bottom >= visibleBottom - 1) coversBottom = true;
      if (item.getAttribute('aria-posinset') === String(expectedRows)) coversBottom = true;
    }
    return hasFirst && coversBottom;
  };
  w.addEventListener(
    'click',
    () => {
      if (state.clickAt < 0) state.clickAt = w.performance.now();
    },
    true,
  );
  const observer = new w.MutationObserver(() => {
    if (state.clickAt < 0 || state.readyAt >= 0 || !ready()) return;
    state.readyAt = w.performance.now();
    observer.disconnect();
    w.requestAnimationFrame(() => {
      const channel = new w.MessageChannel();
      channel.port1.onmessage = () => {
        state.paintAt = w.performance.now();
        state.done = true;
      };
      channel.port2.postMessage(null);
    });
  });
  observer.observe(w.document.body, { childList: true, subtree: true, attributes: true });
};

const collect = () => {
  const w = globalThis as unknown as PageGlobals;
  const state = w.atelierBench?.['p2'] as P2State;
  const arrivals = (w.atelierWsArrivals ?? []).filter(
    (entry) => entry.at >= state.clickAt && entry.at <= state.readyAt,
  );
  const biggest = arrivals.reduce((a, b) => (b.size > a.size ? b : a), { at: -1, size: 0 });
  return {
    state,
    dataAt: biggest.at,
    domNodes: w.document.getElementsByTagName('*').length,
    renderedRows: w.document.querySelectorAll('.outline__scroller [role="listitem"]').length,
  };
};

/** Opens the studio in `page` (already at its URL) and waits for it to settle. */
const settle = async (page: Page): Promise<void> => {
  await page.locator('.outline__scroller [role="listitem"]').first().waitFor({ timeout: 30_000 });
  await page.waitForTimeout(300);
};

export const measureP2Once = async (
  page: Page,
  bigParcoursTitle: string,
  expectedRows: number,
): Promise<P2Run> => {
  await settle(page);
  await page.evaluate(install, expectedRows);
  await page
    .locator('.parcours-list__item', { hasText: bigParcoursTitle })
    .click({ timeout: 10_000 });
  await page.waitForFunction(
    () => {
      const w = globalThis as unknown as PageGlobals;
      return (w.atelierBench?.['p2'] as P2State | undefined)?.done === true;
    },
    undefined,
    { timeout: 30_000, polling: 50 },
  );
  const { state, dataAt, domNodes, renderedRows } = await page.evaluate(collect);
  const totalMs = state.paintAt - state.clickAt;
  const dataMs = dataAt < 0 ? Number.NaN : dataAt - state.clickAt;
  return { totalMs, dataMs, renderMs: totalMs - dataMs, domNodes, renderedRows };
};

export const summariseP2 = (runs: readonly P2Run[]) => {
  const totals = runs.map((run) => run.totalMs);
  const nodes = runs.map((run) => run.domNodes);
  return {
    medianMs: round(median(totals)),
    p95Ms: round(p95(totals)),
    dataMedianMs: round(median(runs.map((run) => run.dataMs))),
    renderMedianMs: round(median(runs.map((run) => run.renderMs))),
    domNodesMax: Math.max(...nodes),
    renderedRowsMax: Math.max(...runs.map((run) => run.renderedRows)),
    samplesMs: totals.map(round),
    runs: runs.length,
  };
};

/**
 * A CPU profile of the page over CDP, summarised by self time per function and per bundled
 * module: the renderer bundle is not minified and rolldown marks each module with a
 * `// path` line, so a sample's line says which package it belongs to.
 */
import { readFileSync } from 'node:fs';
import type { CDPSession, Page } from 'playwright-core';
import { round } from './stats';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface Profile {
  nodes: ProfileNode[];
  samples?: number[];
  timeDeltas?: number[];
}

export interface ProfileSummary {
  /** Main-thread time by kind (CDP Performance.getMetrics, difference over the window). */
  metrics: Record<string, number>;
  totalMs: number;
  topFunctions: { name: string; module: string; selfMs: number }[];
  topModules: { module: string; selfMs: number }[];
}

const moduleIndex = (bundlePath: string): { line: number; module: string }[] =>
  readFileSync(bundlePath, 'utf8')
    .split('\n')
    .flatMap((text, line) => {
      const match = /^\/\/ (\S+)$/.exec(text);
      return match?.[1] === undefined ? [] : [{ line, module: match[1] }];
    });

const moduleOf = (index: { line: number; module: string }[], line: number): string => {
  let low = 0;
  let high = index.length - 1;
  let found = '(bundle start)';
  while (low <= high) {
    const mid = (low + high) >> 1;
    const entry = index[mid];
    if (entry === undefined) break;
    if (entry.line <= line) {
      found = entry.module.replace(/^node_modules\//, '').replace(/\/(dist|cjs|lib)\/.*$/, '');
      low = mid + 1;
    } else high = mid - 1;
  }
  return found;
};

const METRICS = ['TaskDuration', 'ScriptDuration', 'LayoutDuration', 'RecalcStyleDuration'];
const COUNTS = ['LayoutCount', 'RecalcStyleCount', 'Nodes'];
let metricsAtStart = new Map<string, number>();

const readMetrics = async (session: CDPSession): Promise<Map<string, number>> => {
  const { metrics } = await session.send('Performance.getMetrics');
  return new Map(metrics.map((metric) => [metric.name, metric.value]));
};

export const startProfile = async (page: Page): Promise<CDPSession> => {
  const session = await page.context().newCDPSession(page);
  await session.send('Performance.enable');
  metricsAtStart = await readMetrics(session);
  await session.send('Profiler.enable');
  await session.send('Profiler.setSamplingInterval', { interval: 250 });
  await session.send('Profiler.start');
  return session;
};

export const stopProfile = async (
  session: CDPSession,
  bundlePath: string,
): Promise<ProfileSummary> => {
  const { profile } = (await session.send('Profiler.stop')) as unknown as { profile: Profile };
  const end = await readMetrics(session);
  await session.detach();
  const metrics: Record<string, number> = {};
  for (const name of METRICS)
    metrics[`${name}Ms`] = round(((end.get(name) ?? 0) - (metricsAtStart.get(name) ?? 0)) * 1000);
  for (const name of COUNTS)
    metrics[name] = (end.get(name) ?? 0) - (name === 'Nodes' ? 0 : (metricsAtStart.get(name) ?? 0));
  const index = moduleIndex(bundlePath);
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const functions = new Map<string, { name: string; module: string; selfMs: number }>();
  const modules = new Map<string, number>();
  let totalMs = 0;
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  samples.forEach((id, i) => {
    const node = byId.get(id);
    const ms = (deltas[i + 1] ?? deltas[i] ?? 0) / 1000;
    if (!node) return;
    const { functionName, url, lineNumber } = node.callFrame;
    if (functionName === '(idle)') return;
    totalMs += ms;
    const module = url.includes('/assets/index-')
      ? moduleOf(index, lineNumber)
      : url === ''
        ? functionName
        : url;
    const name = `${functionName || '(anonymous)'}:${String(lineNumber + 1)}`;
    const key = `${module}|${name}`;
    const entry = functions.get(key) ?? { name, module, selfMs: 0 };
    entry.selfMs += ms;
    functions.set(key, entry);
    modules.set(module, (modules.get(module) ?? 0) + ms);
  });
  return {
    metrics,
    totalMs: round(totalMs),
    topFunctions: [...functions.values()]
      .sort((a, b) => b.selfMs - a.selfMs)
      .slice(0, 15)
      .map((entry) => ({ ...entry, selfMs: round(entry.selfMs) })),
    topModules: [...modules.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 12)
      .map(([module, selfMs]) => ({ module, selfMs: round(selfMs) })),
  };
};

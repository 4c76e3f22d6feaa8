/**
 * Runs `task` and samples the resident set size every 10 ms: how far above its starting
 * value memory went. A measure for "memory bounded", generous by nature (GC timing).
 */
export const measurePeakRss = async <T>(
  task: () => Promise<T>,
): Promise<{ readonly outcome: PromiseSettledResult<T>; readonly growthBytes: number }> => {
  const start = process.memoryUsage.rss();
  let peak = start;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage.rss());
  }, 10);
  const [outcome] = await Promise.allSettled([task()]);
  clearInterval(timer);
  peak = Math.max(peak, process.memoryUsage.rss());
  return { outcome, growthBytes: peak - start };
};

/**
 * The few browser APIs the in-page measuring code touches. bench/ compiles without the DOM
 * library (tsconfig.node.json), so code passed to `page.evaluate` names them here.
 */
export interface RectLike {
  top: number;
  bottom: number;
}

export interface ElementLike {
  getBoundingClientRect(): RectLike;
  getAttribute(name: string): string | null;
  querySelectorAll(selector: string): ArrayLike<ElementLike>;
  querySelector(selector: string): ElementLike | null;
}

export interface ChannelLike {
  port1: { onmessage: (() => void) | null };
  port2: { postMessage(value: unknown): void };
}

export interface EntryLike {
  startTime: number;
  duration: number;
  name: string;
  attribution?: { name: string; containerType: string; containerSrc: string }[];
}

export interface PageGlobals {
  document: ElementLike & {
    body: unknown;
    getElementsByTagName(name: string): { length: number };
  };
  innerHeight: number;
  performance: { now(): number };
  requestAnimationFrame(callback: () => void): number;
  addEventListener(type: string, listener: () => void, capture: boolean): void;
  MutationObserver: new (callback: () => void) => {
    observe(target: unknown, options: Record<string, boolean>): void;
    disconnect(): void;
  };
  MessageChannel: new () => ChannelLike;
  PerformanceObserver: new (callback: (list: { getEntries(): EntryLike[] }) => void) => {
    observe(options: { type: string; buffered: boolean }): void;
  };
  /** Where the benches keep their in-page state. */
  atelierBench?: Record<string, unknown>;
  /** Arrival times of WebSocket messages (see `WS_ARRIVALS_SCRIPT`). */
  atelierWsArrivals?: { at: number; size: number }[];
  /** WebSocket messages sent by the page, with how long `send` itself took. */
  atelierWsSends?: { at: number; size: number; ms: number }[];
}

/**
 * An init script recording when each WebSocket message reaches the page (before the
 * studio's own handler parses it), so a measure can be split into "data" and "render", and
 * when each message is sent (a long task holding a save's send is the autosave's).
 * It also defines `__name`, which tsx (esbuild, keepNames) inserts into functions that
 * `page.evaluate` then runs in the page.
 */
export const WS_ARRIVALS_SCRIPT = `(() => {
  globalThis.__name = globalThis.__name || ((fn) => fn);
  const Native = window.WebSocket;
  const arrivals = (window.atelierWsArrivals = []);
  const sends = (window.atelierWsSends = []);
  window.WebSocket = class extends Native {
    send(data) {
      const at = performance.now();
      super.send(data);
      sends.push({ at, size: typeof data === 'string' ? data.length : 0, ms: performance.now() - at });
    }
    constructor(...args) {
      super(...args);
      this.addEventListener('message', (event) => {
        arrivals.push({ at: performance.now(), size: typeof event.data === 'string' ? event.data.length : 0 });
      });
    }
  };
})();`;

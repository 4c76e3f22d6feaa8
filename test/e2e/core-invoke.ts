import type { Page } from '@playwright/test';
import type { BrowserGlobals } from './browser-globals';

/**
 * Calls the core as another window would: a second WebSocket client, opened in the page with
 * the page's own token. Edits made this way reach the studio through `project.changed`.
 */
export const coreInvoke = async <T = unknown>(
  page: Page,
  method: string,
  input: unknown,
): Promise<T> =>
  page.evaluate(
    ({ method: name, input: args }) =>
      new Promise<T>((resolve, reject) => {
        const browser = globalThis as unknown as BrowserGlobals;
        const token = new URLSearchParams(browser.location.hash.slice(1)).get('token') ?? '';
        const socket = new browser.WebSocket(`ws://${browser.location.host}/ws`);
        socket.onopen = () => {
          socket.send(JSON.stringify({ type: 'auth', token }));
        };
        socket.onmessage = (message) => {
          const frame = JSON.parse(message.data) as {
            type: string;
            result?: { ok: boolean; value?: T; error?: unknown };
          };
          if (frame.type === 'ready') {
            socket.send(JSON.stringify({ type: 'invoke', id: 1, method: name, input: args }));
          } else if (frame.type === 'result') {
            socket.close();
            if (frame.result?.ok === true) resolve(frame.result.value as T);
            else reject(new Error(JSON.stringify(frame.result?.error)));
          }
        };
        socket.onerror = () => {
          reject(new Error('websocket failed'));
        };
      }),
    { method, input },
  );

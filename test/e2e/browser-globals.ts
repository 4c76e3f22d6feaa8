/**
 * The few browser APIs the specs use inside `page.evaluate`. The e2e tsconfig has no DOM
 * library (the specs run in Node), so in-page code names what it touches here.
 */
export interface SocketLike {
  onopen: (() => void) | null;
  onmessage: ((message: { data: string }) => void) | null;
  onerror: (() => void) | null;
  send(data: string): void;
  close(): void;
}

export interface DataTransferLike {
  items: { add(file: unknown): void };
  setData(format: string, data: string): void;
}

export interface EventTargetLike {
  dispatchEvent(event: unknown): boolean;
}

export interface BrowserGlobals {
  location: { hash: string; host: string };
  WebSocket: new (url: string) => SocketLike;
  DataTransfer: new () => DataTransferLike;
  File: new (bits: unknown[], name: string, options: { type: string }) => unknown;
  ClipboardEvent: new (
    type: string,
    init: { clipboardData: DataTransferLike; bubbles: boolean; cancelable: boolean },
  ) => unknown;
  atob(data: string): string;
}

export interface ImageLike {
  naturalWidth: number;
  naturalHeight: number;
}

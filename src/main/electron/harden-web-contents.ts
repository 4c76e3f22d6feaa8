import { app, session, shell } from 'electron';
import type { WebContents } from 'electron';

/** Only web links leave the app, and only to the OS browser. */
const isWebLink = (raw: string): boolean => {
  try {
    const { protocol } = new URL(raw);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
};

const harden = (contents: WebContents): void => {
  // The studio is one page: any navigation (a dropped file, a link without a handler, an
  // injected `location =`) is refused; hash changes do not fire will-navigate.
  contents.on('will-navigate', (event) => {
    event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    if (isWebLink(url)) {
      shell.openExternal(url).catch(() => undefined);
    }
    return { action: 'deny' };
  });
};

/**
 * Applies the navigation, window and permission rules to every web contents the app ever
 * creates, so a forgotten window cannot escape them. Call once, before any window exists.
 */
export const hardenAllWebContents = (): void => {
  app.on('web-contents-created', (_event, contents) => {
    harden(contents);
  });
  app.on('session-created', (created) => {
    created.setPermissionRequestHandler((_contents, _permission, callback) => {
      callback(false);
    });
    created.setPermissionCheckHandler(() => false);
  });
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => {
    callback(false);
  });
  session.defaultSession.setPermissionCheckHandler(() => false);
};

import { protocol } from 'electron';

/** The renderer's own origin: `atelier-app://app`. Never `file://` (any local file would be same-origin). */
export const APP_SCHEME = 'atelier-app';
export const APP_HOST = 'app';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/**
 * Must run before `app` is ready: a standard, secure scheme gets a real origin, `fetch`,
 * and the same CSP treatment as https.
 */
export const registerAppScheme = (): void => {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true },
    },
  ]);
};

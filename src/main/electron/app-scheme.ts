import { protocol } from 'electron';

/** The renderer's own origin: `atelier-app://app`. Never `file://` (any local file would be same-origin). */
export const APP_SCHEME = 'atelier-app';
export const APP_HOST = 'app';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/** The open project's media: `atelier-media://media/<id>` and `…/<id>/thumbnail`. */
export const MEDIA_SCHEME = 'atelier-media';
export const MEDIA_HOST = 'media';

/**
 * Must run before `app` is ready, once for every scheme (a second call would replace the
 * first): a standard, secure scheme gets a real origin, `fetch`, and the same CSP treatment
 * as https; `stream` lets `<video>` read the media scheme by ranges.
 */
export const registerAppScheme = (): void => {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true },
    },
    {
      scheme: MEDIA_SCHEME,
      privileges: {
        standard: true,
        secure: true,
        supportFetchAPI: true,
        stream: true,
        corsEnabled: true,
      },
    },
  ]);
};

/** The placeholder Moodle's backup puts where a text links to a file of its own area. */
export const PLUGINFILE = '@@PLUGINFILE@@';

/** PHP's `rawurlencode`: RFC 3986, so `!*'()` are encoded too, unlike `encodeURIComponent`. */
const rawUrlEncode = (segment: string): string =>
  encodeURIComponent(segment).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );

/**
 * `@@PLUGINFILE@@/<path>/<name>` with each segment url-encoded as Moodle writes it
 * (`sch%C3%A9ma-d%C3%A9marche.png`); `filePath` is `/` or `/sub/dir/`.
 */
export const pluginfileUrl = (filePath: string, fileName: string): string =>
  `${PLUGINFILE}${[...filePath.split('/').filter((s) => s !== ''), fileName]
    .map((s) => `/${rawUrlEncode(s)}`)
    .join('')}`;

/**
 * The file a `@@PLUGINFILE@@/…` link points to, decoded (`/`, `schéma-démarche.png`); null for
 * another link or a malformed encoding. A query string or fragment (`?time=…`) is ignored.
 */
export const parsePluginfileUrl = (url: string): { filePath: string; fileName: string } | null => {
  if (!url.startsWith(`${PLUGINFILE}/`)) return null;
  const bare = url.slice(PLUGINFILE.length + 1).replace(/[?#].*$/s, '');
  try {
    const segments = bare.split('/').map((s) => decodeURIComponent(s));
    const fileName = segments.pop() ?? '';
    if (fileName === '' || segments.some((s) => s === '' || s === '.' || s === '..')) return null;
    const filePath = segments.length === 0 ? '/' : `/${segments.join('/')}/`;
    return { filePath, fileName };
  } catch {
    return null;
  }
};

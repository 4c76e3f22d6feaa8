import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { PreviewModel } from '../../../shared/preview/preview-model';

/** The built preview site (`out/preview/`): one script, one stylesheet. */
export interface PreviewSite {
  js: string;
  css: string;
}

/** Reads the built site from `dir` (`out/preview`); rejects when it is not built. */
export const readPreviewSite = async (dir: string): Promise<PreviewSite> => {
  const [js, css] = await Promise.all([
    readFile(join(dir, 'preview-site.js'), 'utf8'),
    readFile(join(dir, 'preview-site.css'), 'utf8'),
  ]);
  return { js, css };
};

const sha256 = (text: string): string =>
  `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** Text that cannot close the element it sits in: `</script` and `</style` are escaped. */
const inlineSafe = (text: string, element: 'script' | 'style'): string =>
  element === 'script'
    ? text.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--')
    : text.replace(/<\/(style)/gi, '<\\/$1');

/** JSON a `<script type="application/json">` holds as it is: `<`, `>`, `&` and U+2028/9 escaped. */
const jsonBlock = (value: unknown): string =>
  JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');

const escapeHtml = (text: string): string =>
  text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;');

interface PageParts {
  title: string;
  site: PreviewSite;
  /** Where media may come from (img-src and media-src). */
  mediaSources: string;
  /** The model to embed; none in the studio's frame, which receives it by message. */
  model?: PreviewModel;
  /** Only an HTTP header can carry it; a file has none. */
  frameAncestors?: string;
}

/** The page and its policy: only its own script and stylesheet run, by hash; no connection. */
const page = (parts: PageParts): { html: string; csp: string } => {
  const js = inlineSafe(parts.site.js, 'script');
  const css = inlineSafe(parts.site.css, 'style');
  const csp = [
    "default-src 'none'",
    `script-src ${sha256(js)}`,
    `style-src ${sha256(css)}`,
    `img-src ${parts.mediaSources}`,
    `media-src ${parts.mediaSources}`,
    "connect-src 'none'",
    "font-src 'none'",
    "object-src 'none'",
    "frame-src 'none'",
    "worker-src 'none'",
    "form-action 'none'",
    "base-uri 'none'",
    ...(parts.frameAncestors === undefined ? [] : [`frame-ancestors ${parts.frameAncestors}`]),
  ].join('; ');
  const html = [
    '<!doctype html>',
    '<html lang="fr">',
    '<head>',
    '<meta charset="utf-8">',
    // A meta policy cannot hold frame-ancestors: the host's header adds it.
    `<meta http-equiv="Content-Security-Policy" content="${csp.replace(/; frame-ancestors [^;]*/, '')}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="referrer" content="no-referrer">',
    '<meta name="generator" content="Atelier">',
    ...(parts.model === undefined
      ? []
      : [`<meta name="atelier-generated-at" content="${escapeHtml(parts.model.generatedAt)}">`]),
    `<title>${escapeHtml(parts.title)}</title>`,
    `<style>${css}</style>`,
    '</head>',
    '<body>',
    '<div id="atelier-preview"></div>',
    ...(parts.model === undefined
      ? []
      : [
          `<script type="application/json" id="atelier-preview-model">${jsonBlock(parts.model)}</script>`,
        ]),
    `<script>${js}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
  return { html, csp };
};

/**
 * The review package's HTML: the preview site and the model in one file that opens offline
 * from the file system. Its Content-Security-Policy lets only its own script and stylesheet
 * run (by hash), loads media only from `data:` URIs or, in the zip variant (`mediaFromFiles`),
 * from the files beside it, and allows no connection, form, frame or base: a hostile text that
 * slipped through sanitising still could not run or send anything.
 */
export const reviewPackageHtml = (
  model: PreviewModel,
  site: PreviewSite,
  options: { mediaFromFiles?: boolean } = {},
): string =>
  page({
    title: `${model.parcours.title} — relecture (version ${model.parcours.version})`,
    site,
    model,
    mediaSources: options.mediaFromFiles ? "'self' data:" : 'data:',
  }).html;

/**
 * The studio's preview page (served by the host at `/preview/` and shown in a sandboxed
 * frame): the same site without a model — the studio posts it — with media from the host's
 * media URLs, and framed only by the studio itself. Returns the policy for the header too.
 */
export const previewShellHtml = (site: PreviewSite): { html: string; csp: string } =>
  page({
    title: 'Aperçu du parcours',
    site,
    mediaSources: "'self' data: http://127.0.0.1:* atelier-media:",
    frameAncestors: "'self'",
  });

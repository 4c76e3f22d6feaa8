import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  type PreviewSite,
  previewShellHtml,
  readPreviewSite,
} from '../formats/review/review-package-html';

export interface PreviewHandlerOptions {
  /** The built preview site (`out/preview`). */
  siteDir: string;
  /** The host's port, to check the Host header. */
  port: () => number;
}

const PREVIEW_PATH = /^\/preview\/?$/;

/**
 * `GET /preview/`: the studio's preview page (the preview site, no model: the studio posts
 * it), which the studio shows in a frame sandboxed with `allow-scripts` only, so the page runs
 * in an opaque origin of its own. Its policy lets only its own code run and only the studio
 * frame it. Returns false for any other path.
 */
export const createPreviewHandler =
  (options: PreviewHandlerOptions) =>
  async (req: IncomingMessage, res: ServerResponse): Promise<boolean> => {
    let pathname: string;
    try {
      pathname = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    } catch {
      return false;
    }
    if (!PREVIEW_PATH.test(pathname)) return false;
    const port = options.port();
    const plain = (status: number, text: string): void => {
      res.writeHead(status, {
        'Content-Type': 'text/plain; charset=utf-8',
        'X-Content-Type-Options': 'nosniff',
      });
      res.end(text);
    };
    if (req.headers.host !== `127.0.0.1:${port}` && req.headers.host !== `localhost:${port}`) {
      plain(421, 'Misdirected request');
      return true;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      plain(405, 'Method not allowed');
      return true;
    }
    let site: PreviewSite;
    try {
      site = await readPreviewSite(options.siteDir);
    } catch {
      plain(404, 'Preview site not built: npm run build');
      return true;
    }
    const { html, csp } = previewShellHtml(site);
    res.writeHead(200, {
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Security-Policy': csp,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'Cross-Origin-Resource-Policy': 'same-origin',
      'Cache-Control': 'no-store',
    });
    res.end(req.method === 'HEAD' ? undefined : html);
    return true;
  };

import DOMPurify from 'dompurify';
import { CONTENT_SANITIZE_OPTIONS } from '../../shared/preview/content-sanitize-options';

/** The preview's own DOMPurify, so that its link rule stays out of the studio's. */
const purify = DOMPurify(window);
/**
 * DOMPurify's URI rule, plus the studio's media scheme in Electron (`atelier-media:`): the
 * studio's preview links media to it; the package uses `data:` URIs and relative files.
 */
const ALLOWED_URI = /^(?:(?:https?|mailto|tel|atelier-media):|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i;
// A link in the content must not take the reader out of the preview (a package loses its place,
// a frame refuses to navigate): it opens in a new tab, without a handle back to this page.
purify.addHook('afterSanitizeAttributes', (node) => {
  if (node.tagName !== 'A') return;
  const href = node.getAttribute('href');
  if (href === null || href.startsWith('#')) return;
  node.setAttribute('target', '_blank');
  node.setAttribute('rel', 'noopener noreferrer');
});

/**
 * HTML from the model, sanitised again here (the core sanitised it when it made the model: this
 * is defence in depth, and the one place the preview's HTML enters the DOM).
 */
export const SafeHtml = ({ html, className }: { html: string; className?: string }) =>
  html === '' ? null : (
    <div
      className={className}
      dangerouslySetInnerHTML={{
        __html: purify.sanitize(html, {
          ...CONTENT_SANITIZE_OPTIONS,
          ALLOWED_URI_REGEXP: ALLOWED_URI,
        }),
      }}
    />
  );

/**
 * What DOMPurify removes, beyond its defaults, from HTML a reader sees (texts in the preview
 * and the package, question texts in the studio's try-it and the preview): forms and their
 * controls (a text never needs one; under the preview's policy they could not submit anyway),
 * styles and metadata that reach outside the element, and embedded documents.
 */
export const CONTENT_SANITIZE_OPTIONS = {
  FORBID_TAGS: [
    'form',
    'input',
    'button',
    'select',
    'textarea',
    'option',
    'style',
    'link',
    'meta',
    'base',
    'iframe',
    'frame',
    'object',
    'embed',
  ],
  FORBID_ATTR: ['formaction', 'action', 'ping'],
};

type Context = 'course' | 'module' | 'system';
const CONTEXTS: Record<string, Context> = {
  $course$: 'course',
  $module$: 'module',
  $system$: 'system',
};
const SLASH = '\uE010';

/**
 * Moodle's category paths, `$course$/top/Parent/Child`: a context marker, the hidden `top`, then
 * names; a `/` inside a name is doubled.
 */
export const questionCategoryPath = {
  parse: (
    path: string,
  ): { context: Context | null; unknownMarker: string | null; names: string[] } => {
    const parts = path
      .replaceAll('//', SLASH)
      .split('/')
      .map((part) => part.replaceAll(SLASH, '/').trim())
      .filter((part) => part !== '');
    let context: Context | null = null;
    let unknownMarker: string | null = null;
    const first = parts[0];
    if (first !== undefined && /^\$[a-z0-9]+\$$/.test(first)) {
      context = CONTEXTS[first] ?? null;
      unknownMarker = context === null ? first : null;
      parts.shift();
    }
    if (parts[0] === 'top') parts.shift();
    return { context, unknownMarker, names: parts };
  },
  format: (context: Context, names: string[]): string =>
    [`$${context}$`, 'top', ...names.map((name) => name.replaceAll('/', '//'))].join('/'),
};

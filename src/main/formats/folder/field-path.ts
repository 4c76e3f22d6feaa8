/**
 * A zod issue path as the folder's messages show it: `slots[2].maxMark`, `[0].name` in a file
 * holding an array, '' for the whole file.
 */
export const fieldPath = (path: readonly PropertyKey[]): string =>
  path.reduce<string>((out, part) => {
    if (typeof part === 'number') return `${out}[${String(part)}]`;
    const key = String(part);
    return out === '' ? key : `${out}.${key}`;
  }, '');

/** Short names are bounded by the schema: the suffix replaces the end when needed. */
const SHORT_NAME_MAX = 100;

/** `base`, or `base-2`, `base-3`… : the first one `taken` says is free. */
export const uniqueShortName = (base: string, taken: (shortName: string) => boolean): string => {
  if (!taken(base)) return base;
  for (let n = 2; ; n += 1) {
    const suffix = `-${String(n)}`;
    const candidate = `${base.slice(0, SHORT_NAME_MAX - suffix.length)}${suffix}`;
    if (!taken(candidate)) return candidate;
  }
};

/** A file's size for people: "820 ko", "12,4 Mo" in French, "820 kB", "12.4 MB" in English. */
export const formatBytes = (bytes: number, language: string): string => {
  const megabytes = bytes >= 1024 * 1024;
  return new Intl.NumberFormat(language, {
    style: 'unit',
    unit: megabytes ? 'megabyte' : 'kilobyte',
    unitDisplay: 'short',
    maximumFractionDigits: megabytes ? 1 : 0,
  }).format(megabytes ? bytes / (1024 * 1024) : Math.max(1, Math.ceil(bytes / 1024)));
};

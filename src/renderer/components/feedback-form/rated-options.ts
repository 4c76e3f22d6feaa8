/** A rated option as a line: "2 | Plutôt d’accord" (value, bar, text). */
export const ratedLine = (option: { value: number; text: string }): string =>
  `${String(option.value).replace('.', ',')} | ${option.text}`;

/** Reads "value | text" lines; a line without a number before its bar is refused (null). */
export const parseRatedLines = (lines: string[]): { value: number; text: string }[] | null => {
  const out: { value: number; text: string }[] = [];
  for (const line of lines) {
    const match = /^(-?\d+(?:[.,]\d+)?)\s*\|\s*(.+)$/.exec(line);
    if (!match?.[1] || !match[2]) return null;
    out.push({ value: Number(match[1].replace(',', '.')), text: match[2].trim() });
  }
  return out;
};

const PLACEHOLDERS: Record<string, string> = {
  ':': '\uE000',
  '#': '\uE001',
  '=': '\uE002',
  '{': '\uE003',
  '}': '\uE004',
  '~': '\uE005',
  n: '\uE006',
};
const BACKSLASH = '\uE007';
const RESTORED: Record<string, string> = {
  '\uE000': ':',
  '\uE001': '#',
  '\uE002': '=',
  '\uE003': '{',
  '\uE004': '}',
  '\uE005': '~',
  '\uE006': '\n',
};

/**
 * GIFT escapes, as Moodle reads and writes them: `\\` is a backslash; `\~ \= \# \{ \} \:` and
 * `\n` are hidden from the parser (private-use placeholders) and restored in each parsed text.
 */
export const giftEscape = {
  protect: (text: string): string =>
    text
      .replaceAll('\\\\', BACKSLASH)
      .replace(/\\([:#={}~n])/g, (_match, char: string) => PLACEHOLDERS[char] ?? char)
      .replaceAll(BACKSLASH, '\\'),
  restore: (text: string): string =>
    text.replace(/[\uE000-\uE006]/g, (char) => RESTORED[char] ?? char),
  /** Moodle's `repchar`: escape the reserved characters, write newlines as `\n`, drop `\r`. */
  write: (text: string): string =>
    text.replace(/[\\#=~{}:\n\r]/g, (char) => {
      if (char === '\n') return '\\n';
      if (char === '\r') return '';
      return `\\${char}`;
    }),
};

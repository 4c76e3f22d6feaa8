import { php } from './php-string';

/** The trimmed lines of one GIFT question, and the 1-based line number of each. */
export interface GiftBlock {
  lines: string[];
  lineNumbers: number[];
}

/**
 * Cuts a GIFT file into question blocks as Moodle does: lines are trimmed, and a line that is
 * empty for PHP (blank, or a lone `0`) ends the block.
 */
export const splitGiftBlocks = (source: string): GiftBlock[] => {
  const blocks: GiftBlock[] = [];
  let current: GiftBlock = { lines: [], lineNumbers: [] };
  const text = source.startsWith('\uFEFF') ? source.slice(1) : source;
  text.split(/\r\n|\n|\r/).forEach((raw, index) => {
    const line = php.trim(raw);
    if (php.empty(line)) {
      if (current.lines.length > 0) blocks.push(current);
      current = { lines: [], lineNumbers: [] };
      return;
    }
    current.lines.push(line);
    current.lineNumbers.push(index + 1);
  });
  if (current.lines.length > 0) blocks.push(current);
  return blocks;
};

import { extname } from 'node:path';

/**
 * The format of a question file: by its extension (.gift, .txt → GIFT; .xml → Moodle XML),
 * otherwise by its content (an XML declaration or a `<quiz>` root is Moodle XML).
 */
export const detectQuestionFormat = (path: string, content: string): 'gift' | 'moodle-xml' => {
  const extension = extname(path).toLowerCase();
  if (extension === '.xml') return 'moodle-xml';
  if (extension === '.gift' || extension === '.txt') return 'gift';
  return /^\s*(<\?xml|<quiz[\s>])/.test(content) ? 'moodle-xml' : 'gift';
};

import type { QuestionTextFormat } from '../../../../shared/domain/question-text';

const CODES: Record<QuestionTextFormat, number> = {
  moodle_auto: 0,
  html: 1,
  plain: 2,
  markdown: 4,
};

/**
 * Moodle's text format numbers in a backup (README §6): 0 FORMAT_MOODLE, 1 FORMAT_HTML,
 * 2 FORMAT_PLAIN, 4 FORMAT_MARKDOWN. The deprecated FORMAT_WIKI (3) and anything else read as
 * FORMAT_MOODLE, which is how Moodle itself falls back.
 */
export const mbzTextFormat = {
  code: (format: QuestionTextFormat): number => CODES[format],
  of: (code: string | null): QuestionTextFormat => {
    switch (code?.trim()) {
      case '1':
        return 'html';
      case '2':
        return 'plain';
      case '4':
        return 'markdown';
      default:
        return 'moodle_auto';
    }
  },
};

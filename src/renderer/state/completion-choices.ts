import type { ActivityType } from '../../shared/domain/activity';
import type { Completion } from '../../shared/domain/completion';

const READ: readonly Completion[] = ['none', 'viewed', 'manual'];
const SUBMIT: readonly Completion[] = ['none', 'viewed', 'submitted', 'manual'];
const GRADED: readonly Completion[] = ['none', 'viewed', 'submitted', 'passing-grade', 'manual'];

/**
 * The completion rules Moodle can apply to each type: a label is never "viewed" on its own
 * page, only what is handed in can be "submitted", only what is graded has a passing grade.
 */
export const completionChoices = (type: ActivityType): readonly Completion[] => {
  switch (type) {
    case 'label':
      return ['none', 'manual'];
    case 'page':
    case 'url':
    case 'file':
    case 'book':
    case 'wiki':
    case 'glossary':
    case 'virtualClass':
      return READ;
    case 'forum':
    case 'feedback':
    case 'choice':
    case 'logbook':
      return SUBMIT;
    case 'quiz':
    case 'assignment':
    case 'foreign':
      return GRADED;
  }
};

import type { Activity } from '../../../shared/domain/activity';
import type { RichText } from '../../../shared/domain/rich-text';

/** Every rich-text field of an activity, named for error messages. */
export const activityRichTextFields = (activity: Activity): [string, RichText | null][] => {
  const fields: [string, RichText | null][] = [['intro', activity.intro]];
  switch (activity.type) {
    case 'page':
    case 'label':
      fields.push(['content', activity.content]);
      break;
    case 'logbook':
      fields.push(['prompts', activity.prompts]);
      break;
    case 'book':
      activity.chapters.forEach((chapter, i) =>
        fields.push([`chapters.${String(i)}.content`, chapter.content]),
      );
      break;
    default:
      break;
  }
  return fields;
};

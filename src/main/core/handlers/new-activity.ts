import { activitySchema, type Activity, type ActivityType } from '../../../shared/domain/activity';
import { emptyRichText } from '../../../shared/domain/rich-text';

/** Fields a type requires that its schema has no default for. */
const requiredExtras = (type: ActivityType): Record<string, unknown> => {
  switch (type) {
    case 'page':
    case 'label':
      return { content: emptyRichText() };
    case 'foreign':
      return { moduleName: 'unknown' };
    default:
      return {};
  }
};

/** A valid activity of `type` with the schema's defaults: what "Ajouter une activité" makes. */
export const newActivity = (id: string, type: ActivityType, title: string): Activity =>
  activitySchema.parse({ id, type, title, ...requiredExtras(type) });

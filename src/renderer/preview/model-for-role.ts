import {
  type PreviewModel,
  type PreviewSection,
  visibleToRole,
} from '../../shared/preview/preview-model';
import type { Role } from '../../shared/domain/role';

/**
 * The model as `role` meets it on the platform: the sections and activities it may not see are
 * gone (not hidden), the way Moodle leaves them out of a student's course page.
 */
export const modelForRole = (model: PreviewModel, role: Role): PreviewModel => ({
  ...model,
  sections: model.sections
    .filter((section) => visibleToRole(section.visibleTo, role))
    .map((section): PreviewSection => ({
      ...section,
      activities: section.activities.filter((activity) => visibleToRole(activity.visibleTo, role)),
    })),
});

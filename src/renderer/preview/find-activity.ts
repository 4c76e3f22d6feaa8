import type { PreviewActivity, PreviewSection } from '../../shared/preview/preview-model';

/** The activity `id` and its section, among the sections the role sees; null when absent. */
export const findActivity = (
  sections: readonly PreviewSection[],
  id: string,
): { section: PreviewSection; activity: PreviewActivity } | null => {
  for (const section of sections) {
    const activity = section.activities.find((a) => a.id === id);
    if (activity) return { section, activity };
  }
  return null;
};

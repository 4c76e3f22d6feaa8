import { activitySchema } from '../../../shared/domain/activity';
import { sectionSchema } from '../../../shared/domain/section';
import type { ParcoursDocument } from '../parcours-document';
import { folderErrors } from './folder-errors';
import { FOLDER_LAYOUT } from './folder-layout';
import type { FolderListing } from './list-parcours-folder';
import type { FolderReadContext } from './folder-read-context';

/** A section read back, with the file each activity came from (for later messages). */
export type ReadSection = ParcoursDocument['sections'][number] & { activityFiles: string[] };

/** The sections and their activities, in the order their numbered names give. */
export const readSections = async (
  context: FolderReadContext,
  listing: FolderListing['sections'],
): Promise<ReadSection[]> => {
  const sections: ReadSection[] = [];
  for (const listed of listing) {
    if (!listed.section)
      throw folderErrors.missingFile(`${listed.dir}/${FOLDER_LAYOUT.sectionFile}`);
    const section = await context.parse(listed.section, sectionSchema);
    context.ids.claim('section', section.id, listed.section.rel);
    const activities = [];
    for (const file of listed.activities) {
      const activity = await context.parse(file, activitySchema);
      context.ids.claim('activity', activity.id, file.rel);
      activities.push(activity);
    }
    sections.push({ section, activities, activityFiles: listed.activities.map((f) => f.rel) });
  }
  return sections;
};

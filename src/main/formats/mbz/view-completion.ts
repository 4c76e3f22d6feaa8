import type { Completion } from '../../../shared/domain/completion';
import type { XmlNode } from '../moodle-xml/xml-node';
import { completionFields } from './completion-fields';
import type { ModuleWriteContext } from './mbz-module';

/**
 * `module.xml` fields for a module that can only be completed by viewing it (page, url,
 * resource, book): "submitted" and "passing-grade" have no meaning there and become "viewed",
 * with a note; other values need nothing from the codec.
 */
export const viewOnlyCompletion = (
  completion: Completion,
  ctx: Pick<ModuleWriteContext, 'note'>,
): XmlNode | undefined => {
  if (completion !== 'submitted' && completion !== 'passing-grade') return undefined;
  ctx.note(
    `Achèvement « ${completion} » impossible pour ce module : « consulté » à la place.`,
    `Completion "${completion}" is not possible for this module: "viewed" instead.`,
  );
  return { ...completionFields('viewed') };
};

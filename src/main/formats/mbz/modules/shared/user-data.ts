import type { XmlNode } from '../../../moodle-xml/xml-node';
import type { ModuleReadContext } from '../../mbz-module';
import { hasContent } from './module-source';

/**
 * Reports the participants' contributions an imported activity still holds (forum discussions,
 * glossary entries, wiki pages, submissions, answers…): they belong to a session, not to the
 * parcours, and an export never carries them (README §9), so they are not imported. (The
 * container already drops records that name a user; this catches the rest.)
 */
export const noteUserData = (
  ctx: ModuleReadContext,
  instance: XmlNode,
  elements: readonly string[],
): void => {
  const found = elements.filter((name) => hasContent(instance[name]));
  if (found.length === 0) return;
  ctx.note(
    `Les contributions des participants (${found.join(', ')}) ne sont pas importées.`,
    `Participants' contributions (${found.join(', ')}) are not imported.`,
  );
};

/** Empty elements for a module's user data, as a backup without users writes them. */
export const emptyUserData = (elements: readonly string[]): XmlNode =>
  Object.fromEntries(elements.map((name) => [name, '']));

import type { Activity, ActivityType } from '../../../shared/domain/activity';
import type { ModuleCodec } from './mbz-module';

/** The activity type each core module naturally is: a codec writing another type is marked. */
export const NATIVE_TYPE_OF_MODULE: Readonly<Record<string, ActivityType>> = {
  page: 'page',
  label: 'label',
  url: 'url',
  resource: 'file',
  book: 'book',
  forum: 'forum',
  quiz: 'quiz',
  feedback: 'feedback',
  wiki: 'wiki',
  glossary: 'glossary',
  assign: 'assignment',
  choice: 'choice',
};

/** The Moodle module an activity is written as: its codec's, or its own for a foreign one. */
export const moduleNameOf = (activity: Activity, codec: ModuleCodec): string =>
  activity.type === 'foreign' ? activity.moduleName : codec.moduleName;

/**
 * Whether the backup must say the activity's Atelier type (a virtual class written as a `url`,
 * a logbook as an `assign`…): the module is not the type's natural one.
 */
export const needsTypeMark = (activity: Activity, moduleName: string): boolean =>
  activity.type !== 'foreign' && NATIVE_TYPE_OF_MODULE[moduleName] !== activity.type;

/**
 * The codec that reads a module: the one of the type its meta line names (if that codec writes
 * this module), else the module's natural type's, else any codec of that module name, else the
 * foreign codec; null when there is none.
 */
export const codecForModule = (
  codecs: readonly ModuleCodec[],
  moduleName: string,
  markedType: ActivityType | undefined,
): ModuleCodec | null =>
  codecs.find((c) => c.type === markedType && c.moduleName === moduleName) ??
  codecs.find((c) => c.moduleName === moduleName && NATIVE_TYPE_OF_MODULE[moduleName] === c.type) ??
  codecs.find((c) => c.moduleName === moduleName && c.type !== 'foreign') ??
  codecs.find((c) => c.type === 'foreign') ??
  null;

/** The codec that writes an activity, by type; null when none was given. */
export const codecForActivity = (
  codecs: readonly ModuleCodec[],
  activity: Activity,
): ModuleCodec | null => codecs.find((c) => c.type === activity.type) ?? null;

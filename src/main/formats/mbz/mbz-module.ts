import type { Activity, ActivityType } from '../../../shared/domain/activity';
import type { RichText } from '../../../shared/domain/rich-text';
import type { XmlNode } from '../moodle-xml/xml-node';
import type { FileArea, MbzFiles } from './mbz-files';
import type { MoodleTarget } from './moodle-target';

/**
 * The seam between the backup's container (manifest, course, sections, files, inforef: written
 * by `write-mbz.ts`, read by `read-mbz.ts`) and each Moodle module. One codec per activity type
 * turns an activity into its `<modname>.xml` and back; the container writes `module.xml`, the
 * empty shells and the inforef from what the codec returns.
 */

/** Rich text ⇄ Moodle HTML with `@@PLUGINFILE@@/<name>` links, in a given file area. */
export interface MoodleHtml {
  /** The HTML Moodle stores for `doc`; each medium it shows is added to `area`. */
  write(doc: RichText | null, area: FileArea): { html: string; fileIds: number[] };
  /**
   * The rich text of Moodle HTML. `@@PLUGINFILE@@` links resolve through the files of `area`
   * in the backup; what the editor cannot hold is reported, never silently dropped.
   */
  read(html: string, area: FileArea): RichText;
}

/** What a codec may use to write one activity. Ids are the backup's (invented, consistent). */
export interface ModuleWriteContext {
  target: MoodleTarget;
  /** The backup's date (unix seconds): every time field, so output is reproducible. */
  time: number;
  cmid: number;
  instanceId: number;
  /** The module's context id: its files must carry it (README §5). */
  contextId: number;
  courseContextId: number;
  files: MbzFiles;
  html: MoodleHtml;
  /** A fresh id for sub-records (book chapters, feedback items, choice options…). */
  newId: () => number;
  /** Bank ids for quiz slots: the question bank entry of a question, the id of a category. */
  bank: {
    entryIdOf: (questionId: string) => number | undefined;
    categoryIdOf: (categoryId: string) => number | undefined;
    /** The category's context id (course or module context). */
    contextIdOfCategory: (categoryId: string) => number | undefined;
  };
}

/** What a codec returns; the container turns it into the activity's folder. */
export interface ModuleWriteResult {
  /** The `<modname id=…>` element inside `<activity>`, in Moodle's field order. */
  instance: XmlNode;
  /** `files.xml` record ids this activity's texts and files use (its inforef fileref). */
  fileIds: number[];
  /** Question categories the activity refers to (its inforef question_categoryref). */
  questionCategoryIds?: number[];
  /** `grades.xml` `<grade_item>` elements for graded modules (quiz, assign…). */
  gradeItems?: XmlNode[];
  /** `module.xml` fields the codec decides (completion rules of this module, `showdescription`…). */
  moduleFields?: XmlNode;
}

/** What a codec receives to read one activity back. */
export interface ModuleReadContext {
  /** `module.xml` as parsed (the `<module>` element). */
  module: XmlNode;
  /** The `<modname>` element inside `<activity>` of `<modname>.xml`. */
  instance: XmlNode;
  contextId: number;
  html: MoodleHtml;
  /** The medium a file of this activity's context holds, by area, path and name. */
  mediaOf: (area: FileArea, filePath: string, fileName: string) => string | null;
  /** Bank ids back to the document's question and category ids (quiz slots). */
  bank: {
    questionIdOfEntry: (entryId: number) => string | undefined;
    categoryIdOf: (moodleCategoryId: number) => string | undefined;
  };
  /** Something read but not mapped, for the import report (French and English). */
  note: (messageFr: string, messageEn: string) => void;
  newId: () => string;
}

/**
 * One Moodle module ⇄ one activity type. `read` returns the activity's own fields; the
 * container fills the common ones (id, title from `<name>`, intro, completion, visibility,
 * `moodle` source) before parsing the whole with the activity schema.
 */
export interface ModuleCodec<T extends ActivityType = ActivityType> {
  type: T;
  /** Moodle's module name: `page`, `label`, `resource` for a file… */
  moduleName: string;
  write(activity: Extract<Activity, { type: T }>, ctx: ModuleWriteContext): ModuleWriteResult;
  read(ctx: ModuleReadContext): Partial<Extract<Activity, { type: T }>>;
}

import type { Activity, ActivityType } from '../../../shared/domain/activity';
import type { RichText } from '../../../shared/domain/rich-text';
import type { XmlNode } from '../moodle-xml/xml-node';
import type { FileArea, MbzFileRecord, MbzFiles } from './mbz-files';
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

/** One XML file of an activity folder: its name (`grading.xml`), root element name and tree. */
export interface MbzXmlFile {
  name: string;
  root: string;
  /** The root element's content (attributes as `@_name`), as `buildMbzXml` takes it. */
  tree: XmlNode;
}

/**
 * Everything a backup held for one activity, as read. The container keeps the folder's other
 * files (calendar, grading…), grade items and unmapped fields itself (docs/mbz.md); this is for
 * codecs that need more, above all the foreign codec, which keeps a module whole.
 */
export interface RawActivityFolder {
  /** `lesson_24`: the folder's name in the backup read. */
  directory: string;
  moduleName: string;
  /** Every XML file of the folder, parsed (module.xml and `<mod>.xml` included). */
  xml: MbzXmlFile[];
  /** The folder's files but module.xml, inforef.xml and `<mod>.xml`, by name, as text. */
  rawFiles: Record<string, string>;
  /** The `<grade_item>` elements of its `grades.xml`, without user grades. */
  gradeItems: XmlNode[];
  /**
   * The `files.xml` records of the module's context, directories included; `mediaId` is the
   * medium holding the bytes (null for directories and blobs missing from the backup). A medium
   * is part of the imported document when its id appears in it (a field, a `moodle` source).
   */
  files: MbzFileRecord[];
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
  /** Something written otherwise than the model says, for the export report (French, English). */
  note: (messageFr: string, messageEn: string) => void;
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
  /**
   * Other files of the activity folder (`grading.xml`…). A file named like one of the shells the
   * container writes (`grades.xml`, `roles.xml`, `filters.xml`, `calendar.xml`,
   * `competencies.xml`, `grade_history.xml`) replaces it; `module.xml`, `<mod>.xml` and
   * `inforef.xml` are always the container's.
   */
  extraFiles?: MbzXmlFile[];
}

/** What a codec receives to read one activity back. */
export interface ModuleReadContext {
  /** `module.xml` as parsed (the `<module>` element). */
  module: XmlNode;
  /**
   * The `<modname>` element inside `<activity>` of `<modname>.xml`, whitespace-only text nodes
   * removed; its `intro` no longer holds the Atelier line (`atelier-meta.ts`), which the
   * container has read.
   */
  instance: XmlNode;
  /** The whole folder and the files of its context, for codecs that keep a module whole. */
  folder: RawActivityFolder;
  contextId: number;
  html: MoodleHtml;
  /** The medium a file of this activity's context holds, by area, path and name. */
  mediaOf: (area: FileArea, filePath: string, fileName: string) => string | null;
  /** Bank ids back to the document's question and category ids (quiz slots). */
  bank: {
    questionIdOfEntry: (entryId: number) => string | undefined;
    categoryIdOf: (moodleCategoryId: number) => string | undefined;
    /** A pre-4.0 `random` question, by Moodle question id: its slot is a random slot. */
    legacyRandomOf?: (
      questionId: number,
    ) => { categoryId: string; includeSubcategories: boolean } | undefined;
  };
  /** Something read but not mapped, for the import report (French and English). */
  note: (messageFr: string, messageEn: string) => void;
  newId: () => string;
}

/**
 * One Moodle module ⇄ one activity type. `read` returns the activity's own fields; the
 * container fills the common ones (id, title from `<name>`, intro, completion, visibility,
 * `moodle` source) before parsing the whole with the activity schema. A field `read` returns
 * wins over the container's (a label returns `intro: null`: its `<intro>` is its content).
 *
 * On write the container sets `@_id`, `<name>` (the title) and, when the codec's instance has
 * no `<intro>`, `<intro>`/`<introformat>` from the activity's intro; it puts the Atelier line
 * (estimated time, modality, type, variant, roles) first in whichever `<intro>` is written. It
 * then lays the codec's instance over what the activity's `moodle` source kept, so fields the
 * model does not map are written back as imported. Grade items get their `@_id`, `categoryid`,
 * `itemmodule`, `iteminstance` and `sortorder` from the container.
 */
export interface ModuleCodec<T extends ActivityType = ActivityType> {
  type: T;
  /**
   * Moodle's module name: `page`, `label`, `resource` for a file… For `foreign` the container
   * uses the activity's own `moduleName` instead, and picks this codec for any module that no
   * other codec reads.
   */
  moduleName: string;
  /**
   * Instance fields the codec maps to the model, left out of the `moodle` source on import so
   * the text is not stored twice. Absent: every field is kept (right for a module kept whole).
   */
  mapped?: readonly string[];
  write(activity: Extract<Activity, { type: T }>, ctx: ModuleWriteContext): ModuleWriteResult;
  read(ctx: ModuleReadContext): Partial<Extract<Activity, { type: T }>>;
}

/**
 * Any one codec (a `ModuleCodec<'page'>` is not a `ModuleCodec<ActivityType>`: its `write` takes
 * pages only), so that a list of codecs type-checks without a cast.
 */
export type AnyModuleCodec = { [T in ActivityType]: ModuleCodec<T> }[ActivityType];

/** The codecs `buildMbz` and `readMbz` take: each writes the activities of its own type. */
export type ModuleCodecs = readonly (ModuleCodec | AnyModuleCodec)[];

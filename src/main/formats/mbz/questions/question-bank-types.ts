import type { Question } from '../../../../shared/domain/question';
import type { QuestionCategory } from '../../../../shared/domain/question-category';
import type { QuestionExportSkip } from '../../../../shared/domain/question-export-report';
import type { XmlNode } from '../../moodle-xml/xml-node';
import type { MbzFiles } from '../mbz-files';
import type { MoodleTarget } from '../moodle-target';

/** Something read or written but not mapped, for the report (French, then English). */
export interface BankNote {
  questionName: string | null;
  message: string;
  messageEn: string;
}

/** The module context a module-context category (a quiz's own bank) is written under. */
export interface ModuleContextRef {
  contextId: number;
  /** The course module id (`contextinstanceid` of a module-context category). */
  cmid: number;
}

/** What `writeQuestionBank` needs. Ids are the backup's, invented but consistent (README §5). */
export interface BankWriteContext {
  target: MoodleTarget;
  /** The backup's date (unix seconds): every time field, so output is reproducible. */
  time: number;
  courseId: number;
  courseContextId: number;
  files: MbzFiles;
  /** Ids of categories, entries, versions, questions, answers, options, hints, tags. */
  newId: () => number;
  /**
   * The quiz module that owns a module-context root category (its "Default for quiz…"); when
   * undefined the category is written in the course context and reported.
   */
  moduleContextOf: (categoryId: string) => ModuleContextRef | undefined;
}

/** What `writeQuestionBank` returns to the container and the quiz codec. */
export interface BankWriteResult {
  /** The content of `questions.xml`: `buildMbzXml('question_categories', tree)`. */
  tree: XmlNode;
  /** Model category id → Moodle category id and the context it was written in. */
  categories: Map<string, { id: number; contextId: number }>;
  /** Every category written, the `top` ones included: the inforef `question_categoryref`. */
  categoryIds: number[];
  /**
   * The categories written in each context (its `top` first), by context id: a quiz's inforef
   * must list those of its own module context, or restore leaves them out (README §5).
   */
  categoryIdsByContext: Map<number, number[]>;
  /** Model question id → question bank entry id (quiz slots' `questionbankentryid`). */
  entryIds: Map<string, number>;
  /** Every `files.xml` record the questions' texts use. */
  fileIds: number[];
  report: BankWriteReport;
}

/** What a bank export wrote, skipped and lost. */
export interface BankWriteReport {
  written: number;
  skipped: QuestionExportSkip[];
  losses: QuestionExportSkip[];
  notes: BankNote[];
}

/** A file of the backup's question components, resolved to a medium by the container. */
export interface BankFileRef {
  fileArea: string;
  itemId: number;
  filePath: string;
  fileName: string;
  mediaId: string;
}

/** What `readQuestionBank` needs. */
export interface BankReadContext {
  newId: () => string;
  /**
   * The files (not the `.` directory records) a component holds in a context, as `files.xml`
   * lists them: `question` for texts, answers, hints and combined feedback, `qtype_essay`,
   * `qtype_match`… for the types' own areas.
   */
  filesOf: (contextId: number, component: string) => readonly BankFileRef[];
}

/** A pre-4.0 `random` question: quiz slots that point at it become random slots. */
export interface LegacyRandomQuestion {
  categoryId: string;
  includeSubcategories: boolean;
}

/** What `readQuestionBank` returns. */
export interface BankReadResult {
  categories: QuestionCategory[];
  questions: Question[];
  /** Moodle category id → model category id (the `top` categories have none). */
  categoryIds: Map<number, string>;
  /** Question bank entry id → model question id; pre-4.0: question id → model question id. */
  questionIds: Map<number, string>;
  /** Pre-4.0 random questions by Moodle question id. */
  randoms: Map<number, LegacyRandomQuestion>;
  report: BankReadReport;
}

/** What a bank import read, and what it could not map. */
export interface BankReadReport {
  imported: number;
  notes: BankNote[];
}

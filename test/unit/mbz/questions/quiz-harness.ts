import type { Activity } from '../../../../src/shared/domain/activity';
import { activitySchema } from '../../../../src/shared/domain/activity';
import type { XmlNode } from '../../../../src/main/formats/moodle-xml/xml-node';
import type {
  ModuleReadContext,
  ModuleWriteContext,
  MoodleHtml,
} from '../../../../src/main/formats/mbz/mbz-module';
import { MbzFiles } from '../../../../src/main/formats/mbz/mbz-files';
import { cleanTree } from '../../../../src/main/formats/mbz/mbz-tree';
import { buildMbzXml, parseMbzXml } from '../../../../src/main/formats/mbz/mbz-xml';
import type { MoodleTarget } from '../../../../src/main/formats/mbz/moodle-target';
import { quizCodec } from '../../../../src/main/formats/mbz/modules/quiz';
import { moduleSourceOf } from '../../../../src/main/formats/mbz/modules/shared/module-source';
import { mbzNode } from '../../../../src/main/formats/mbz/questions/mbz-node';
import type {
  BankReadResult,
  BankWriteResult,
} from '../../../../src/main/formats/mbz/questions/question-bank-types';
import { counter, fakeMedia, idCounter, QUIZ_MODULE, COURSE } from './bank-harness';

type Quiz = Extract<Activity, { type: 'quiz' }>;

/** The container's intro handling is not under test here. */
const html: MoodleHtml = {
  write: () => ({ html: '', fileIds: [] }),
  read: () => ({ type: 'doc', content: [] }),
};

/**
 * Reads a `quiz.xml` text with the lookups of a bank read, as the container does
 * (`read-activity.ts`): whitespace removed, the codec's fields, the unmapped instance fields in
 * `moodle.instance`, grade items in the folder.
 */
export const readQuiz = (
  xml: string,
  bank: BankReadResult,
  contextId = QUIZ_MODULE.contextId,
  gradeItems: XmlNode[] = [],
) => {
  const activity = mbzNode.child(parseMbzXml(xml, 'quiz.xml'), 'activity');
  const instance = cleanTree(mbzNode.child(activity, 'quiz')) as XmlNode;
  const notes: string[] = [];
  const ctx: ModuleReadContext = {
    module: {},
    instance,
    folder: {
      directory: 'quiz_1',
      moduleName: 'quiz',
      xml: [],
      rawFiles: {},
      gradeItems,
      files: [],
    },
    contextId,
    html,
    mediaOf: () => null,
    bank: {
      questionIdOfEntry: (id) => bank.questionIds.get(id),
      categoryIdOf: (id) => bank.categoryIds.get(id),
      legacyRandomOf: (id) => bank.randoms.get(id),
    },
    note: (_fr, en) => notes.push(en),
    newId: idCounter('slot-'),
  };
  const own = quizCodec.read(ctx);
  const mapped = new Set(['name', 'intro', 'introformat', ...(quizCodec.mapped ?? [])]);
  const kept = Object.fromEntries(
    Object.entries(instance).filter(([k]) => !mapped.has(k) && !k.startsWith('@_')),
  );
  const quiz = activitySchema.parse({
    id: 'quiz',
    title: mbzNode.str(instance, 'name'),
    type: 'quiz',
    ...own,
    moodle: { instance: kept, ...(own.moodle ?? {}) },
  }) as Quiz;
  return { quiz, notes };
};

/**
 * Writes a quiz against a written bank as the container does (`write-activity.ts`): the
 * codec's instance laid over the kept source, id, name and intro first. Returns the
 * `<activity>` XML text, the codec's result, its files and notes.
 */
export const writeQuiz = (quiz: Quiz, bank: BankWriteResult, target: MoodleTarget = '4.5') => {
  const files = new MbzFiles(fakeMedia, 500);
  const notes: string[] = [];
  const ctx: ModuleWriteContext = {
    target,
    time: 1_800_000_000,
    cmid: QUIZ_MODULE.cmid,
    instanceId: 2,
    contextId: QUIZ_MODULE.contextId,
    courseContextId: COURSE.courseContextId,
    files,
    html,
    newId: counter(5000),
    note: (_fr, en) => notes.push(en),
    bank: {
      entryIdOf: (id) => bank.entryIds.get(id),
      categoryIdOf: (id) => bank.categories.get(id)?.id,
      contextIdOfCategory: (id) => bank.categories.get(id)?.contextId,
    },
  };
  const result = quizCodec.write(quiz, ctx);
  const merged: XmlNode = {
    '@_id': 2,
    name: quiz.title,
    intro: '',
    introformat: 1,
    ...(moduleSourceOf(quiz.moodle).instance ?? {}),
    ...result.instance,
  };
  const activity: XmlNode = {
    '@_id': 2,
    '@_moduleid': QUIZ_MODULE.cmid,
    '@_modulename': 'quiz',
    '@_contextid': QUIZ_MODULE.contextId,
    quiz: merged,
  };
  return { result, xml: buildMbzXml('activity', activity), files, notes };
};

import { z } from 'zod';
import type { Activity } from '../../../../shared/domain/activity';
import type { XmlNode } from '../../moodle-xml/xml-node';
import type { ModuleCodec, ModuleReadContext, ModuleWriteContext } from '../mbz-module';
import { cleanTree } from '../mbz-tree';
import { forTarget } from '../moodle-defaults';
import { readQuizFeedback, writeQuizFeedback } from '../questions/quiz/quiz-feedback-bands';
import {
  QUIZ_CHILDREN_KEY,
  QUIZ_KEPT_CHILDREN,
  QUIZ_LEGACY,
  QUIZ_TEMPLATE,
  QUIZ_USER_DATA,
} from '../questions/quiz/quiz-fields';
import {
  MAPPED_COLUMNS,
  readQuizColumns,
  writeQuizColumns,
} from '../questions/quiz/quiz-settings-map';
import { mbzNode } from '../questions/mbz-node';
import { readQuizSlots } from '../questions/quiz/read-quiz-slots';
import { writeQuizSlots } from '../questions/quiz/write-quiz-slots';
import {
  ATELIER_EXTRAS,
  readAtelierExtras,
  withAtelierExtras,
  writeAtelierExtras,
} from './shared/atelier-extras';
import { gradeItemNumber, gradeItemXml } from './shared/grade-item';
import { mergeFields } from './shared/merge-fields';
import { isXmlNode, moduleSourceOf } from './shared/module-source';
import { noteUserData } from './shared/user-data';

type Quiz = Extract<Activity, { type: 'quiz' }>;

/** What the codec maps, writes itself or never carries: left out of the container's source. */
const MAPPED = [
  ...MAPPED_COLUMNS,
  'timecreated',
  'timemodified',
  'question_instances',
  'sections',
  'feedbacks',
  ...QUIZ_KEPT_CHILDREN,
  ...QUIZ_USER_DATA,
  ...QUIZ_LEGACY,
  ATELIER_EXTRAS,
];

/** Moodle has no purpose for a quiz (positioning test): it travels in the extras element. */
const extrasSchema = z.object({ purpose: z.enum(['positioning']) });

/** The kept children (`QUIZ_KEPT_CHILDREN`) of an imported quiz's source. */
const keptChildren = (moodle: Quiz['moodle']): XmlNode => {
  const kept = moodle?.[QUIZ_CHILDREN_KEY];
  return isXmlNode(kept) ? kept : {};
};

/**
 * The `<quiz>` element: Moodle 4.5's template in its order, what an imported quiz kept (the
 * container's `moodle.instance`, this codec's `quizChildren`) laid over it, then every field the
 * model maps; 4.5-only elements left out for 4.1.
 */
const write = (quiz: Quiz, ctx: ModuleWriteContext) => {
  const source = moduleSourceOf(quiz.moodle);
  const instance = mergeFields(QUIZ_TEMPLATE, { ...source.instance, ...keptChildren(quiz.moodle) });
  const slots = writeQuizSlots(quiz, ctx);
  const feedback = writeQuizFeedback(quiz, ctx);
  Object.assign(instance, writeQuizColumns(quiz, ctx.time), {
    sumgrades: slots.sumgrades,
    question_instances: slots.question_instances,
    sections: slots.sections,
    feedbacks: feedback.feedbacks,
    overrides: '',
    grades: '',
    attempts: '',
  });
  if (slots.dropped > 0)
    ctx.note(
      `${String(slots.dropped)} emplacement(s) du test sans question dans la banque : non écrits.`,
      `${String(slots.dropped)} quiz slot(s) whose question is not in the bank: not written.`,
    );
  const extras = writeAtelierExtras({
    purpose: quiz.purpose === 'knowledge' ? undefined : quiz.purpose,
  });
  return {
    instance: {
      '@_id': ctx.instanceId,
      ...withAtelierExtras(
        forTarget(instance, 'quiz', ctx.target),
        extras,
        'subplugin_quizaccess_seb_quiz',
      ),
    },
    fileIds: feedback.fileIds,
    questionCategoryIds: slots.categoryIds,
    gradeItems: [
      gradeItemXml({
        module: 'quiz',
        instanceId: ctx.instanceId,
        itemName: quiz.title,
        gradeMax: quiz.maxGrade,
        gradePass: quiz.gradeToPass ?? 0,
        time: ctx.time,
        kept: source.gradeItems[0] ?? null,
      }),
    ],
    // "Submitted" for a quiz is Moodle's "receive a grade" rule; the container writes the others.
    ...(quiz.completion === 'submitted' ? { moduleFields: { completiongradeitemnumber: 0 } } : {}),
  };
};

/** The 2.0 review column is not read (the review columns that replaced it are): reported. */
const noteLegacyReview = (instance: XmlNode, ctx: ModuleReadContext): void => {
  if ('review' in instance)
    ctx.note(
      'Options de relecture d’un test de Moodle 2.0 (`review`) non importées.',
      'Review options of a Moodle 2.0 quiz (`review`) not imported.',
    );
};

/** Before 4.0 the pass-grade completion rule was the quiz's `completionpass`. */
const legacyCompletion = (ctx: ModuleReadContext): Partial<Quiz> =>
  mbzNode.bool(ctx.instance, 'completionpass') && mbzNode.str(ctx.module, 'completion') === '2'
    ? { completion: 'passing-grade' }
    : {};

/**
 * The quiz module (`quiz.xml`), both directions: settings, review options, overall feedback
 * bands, slots (fixed questions by bank entry, random ones by category filter, in the 4.1 form),
 * sections, its grade item, and the categories its random slots draw from. Pre-4.0 layouts are
 * read too (question ids, `random` questions through `bank.legacyRandomOf`). What the model
 * does not map goes back as imported: the container keeps the columns, this codec the
 * children with rows (`quizChildren`). Attempts, grades and overrides are user data.
 */
export const quizCodec: ModuleCodec<'quiz'> = {
  type: 'quiz',
  moduleName: 'quiz',
  mapped: MAPPED,
  write,
  read: (ctx) => {
    const instance = ctx.instance;
    noteUserData(ctx, instance, QUIZ_USER_DATA);
    noteLegacyReview(instance, ctx);
    const columns = readQuizColumns(instance, ctx.note);
    const item = ctx.folder.gradeItems[0];
    const pass = item === undefined ? null : gradeItemNumber(item, 'gradepass');
    const children = Object.fromEntries(
      QUIZ_KEPT_CHILDREN.filter((key) => key in instance).map((key) => [
        key,
        cleanTree(instance[key]),
      ]),
    );
    return {
      ...columns,
      purpose: readAtelierExtras(instance, extrasSchema)?.purpose ?? 'knowledge',
      ...readQuizSlots(instance, ctx),
      overallFeedback: readQuizFeedback(instance, columns.maxGrade ?? 10, ctx),
      gradeToPass: pass !== null && pass > 0 ? pass : null,
      ...legacyCompletion(ctx),
      ...(Object.keys(children).length === 0 ? {} : { moodle: { [QUIZ_CHILDREN_KEY]: children } }),
    } as Partial<Quiz>;
  },
};

import type { QuizSettings } from '../../../../../shared/domain/quiz-settings';
import type { XmlNode } from '../../../moodle-xml/xml-node';
import type { ModuleReadContext, ModuleWriteContext } from '../../mbz-module';
import { mbzDecimal } from '../mbz-number';
import { mbzNode } from '../mbz-node';
import { mbzTextFormat } from '../mbz-text-format';
import { pluginfileRefs } from './pluginfile-refs';

type Band = QuizSettings['overallFeedback'][number];

/**
 * `feedbacks/feedback` rows as `quiz_process_options` computes them: bands from the highest,
 * each from its minimum grade (percentage × grade) up to the previous band's minimum, the top
 * one up to grade + 1 (Moodle's `<` test). Files go to `mod_quiz/feedback`, keyed by the row.
 */
export const writeQuizFeedback = (
  quiz: QuizSettings,
  ctx: ModuleWriteContext,
): { feedbacks: XmlNode; fileIds: number[] } => {
  const fileIds: number[] = [];
  const grade = quiz.maxGrade;
  const bands = [...quiz.overallFeedback].sort((a, b) => b.minGradePercent - a.minGradePercent);
  let max = grade + 1;
  const feedback = bands.map((band) => {
    const id = ctx.newId();
    const area = {
      contextId: ctx.contextId,
      component: 'mod_quiz',
      fileArea: 'feedback',
      itemId: id,
    };
    for (const f of band.text.files)
      fileIds.push(...ctx.files.add(area, f.mediaId, f.name, f.path));
    const min = (grade * band.minGradePercent) / 100;
    const row = {
      '@_id': id,
      feedbacktext: band.text.text,
      feedbacktextformat: mbzTextFormat.code(band.text.format),
      mingrade: mbzDecimal(min, 5),
      maxgrade: mbzDecimal(max, 5),
    };
    max = min;
    return row;
  });
  return { feedbacks: { feedback }, fileIds };
};

/**
 * The bands back, as percentages of the quiz grade. A band with no text shows nothing: it is
 * not kept (Moodle's form always saves one, empty, for the lowest band).
 */
export const readQuizFeedback = (quiz: XmlNode, grade: number, ctx: ModuleReadContext): Band[] =>
  mbzNode.list(mbzNode.child(quiz, 'feedbacks'), 'feedback').flatMap((row): Band[] => {
    const text = mbzNode.str(row, 'feedbacktext');
    if (text.trim() === '') return [];
    const id = mbzNode.id(row);
    const area = {
      contextId: ctx.contextId,
      component: 'mod_quiz',
      fileArea: 'feedback',
      itemId: id,
    };
    const files = pluginfileRefs(text).flatMap((ref) => {
      const mediaId = ctx.mediaOf(area, ref.filePath, ref.fileName);
      if (mediaId === null) {
        ctx.note(
          `Fichier « ${ref.fileName} » d’un commentaire global absent de la sauvegarde.`,
          `File "${ref.fileName}" of an overall feedback is missing from the backup.`,
        );
        return [];
      }
      return [{ name: ref.fileName, path: ref.filePath, mediaId }];
    });
    const min = mbzNode.num(row, 'mingrade', 0);
    const percent = grade > 0 ? Math.round((min / grade) * 100 * 1e6) / 1e6 : 0;
    return [
      {
        minGradePercent: Math.min(100, Math.max(0, percent)),
        text: { format: mbzTextFormat.of(mbzNode.value(row, 'feedbacktextformat')), text, files },
      },
    ];
  });

import type { QuestionSource } from '../components/try-it/question-source';
import type { PreviewModel } from '../../shared/preview/preview-model';

/** The preview's questions: those the model carries, and each random slot's pool. */
export const modelQuestionSource = (
  model: Pick<PreviewModel, 'questions' | 'randomPools'>,
): QuestionSource => ({
  question: (id) => Promise.resolve(model.questions[id] ?? null),
  randomCandidates: (slot) =>
    Promise.resolve(
      (model.randomPools[slot.id] ?? []).flatMap((id) => {
        const question = model.questions[id];
        return question ? [question] : [];
      }),
    ),
});

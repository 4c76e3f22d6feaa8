import { useEffect, useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { PreviewActivity, PreviewModel } from '../../shared/preview/preview-model';
import { QuizAttemptView } from '../components/try-it/quiz-attempt-view';
import { useQuizAttempt } from '../hooks/use-quiz-attempt';
import { modelQuestionSource } from './model-question-source';

type Quiz = Extract<PreviewActivity, { type: 'quiz' }>;

/**
 * An attempt at a quiz with the model's questions (random slots draw from their pools). A
 * submitted attempt meets a "submitted" completion, and "passing-grade" when it passes.
 */
export const QuizAttemptSection = ({
  quiz,
  model,
  onCompleted,
}: {
  quiz: Quiz;
  model: PreviewModel;
  onCompleted: () => void;
}) => {
  const { t } = useTranslation();
  const titleId = useId();
  const source = useMemo(() => modelQuestionSource(model), [model]);
  const attempt = useQuizAttempt(quiz, source);
  const completes =
    attempt.submitted &&
    (quiz.completion === 'submitted' ||
      (quiz.completion === 'passing-grade' && attempt.passed !== false));
  useEffect(() => {
    if (completes) onCompleted();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [completes]);
  return (
    <section className="pv-attempt try-it" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('preview.quiz.attempt')}</h2>
      <QuizAttemptView quiz={quiz} attempt={attempt} actionsClassName="pv-actions" />
    </section>
  );
};

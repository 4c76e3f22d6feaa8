import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PreviewActivity, PreviewModel } from '../../shared/preview/preview-model';
import { formatMark } from '../components/try-it/format-mark';
import { formatMinutes } from './format-minutes';
import { QuizAttemptSection } from './quiz-attempt-section';

type Quiz = Extract<PreviewActivity, { type: 'quiz' }>;

/**
 * A quiz's page: what Moodle says before an attempt (attempts allowed, grading method, time
 * limit, grade to pass), then the attempt itself, scored as the studio's "Essayer" does.
 */
export const QuizView = ({
  quiz,
  model,
  onCompleted,
}: {
  quiz: Quiz;
  model: PreviewModel;
  onCompleted: () => void;
}) => {
  const { t, i18n } = useTranslation();
  const titleId = useId();
  const [started, setStarted] = useState(false);
  return (
    <>
      <section className="pv-quiz-info" aria-labelledby={titleId}>
        <h2 id={titleId}>{t('preview.quiz.about')}</h2>
        <dl className="pv-facts">
          <div>
            <dt>{t('preview.quiz.questions')}</dt>
            <dd>{t('preview.quiz.questionCount', { count: quiz.slots.length })}</dd>
          </div>
          <div>
            <dt>{t('preview.quiz.attempts')}</dt>
            <dd>{quiz.attempts === 0 ? t('preview.quiz.unlimited') : String(quiz.attempts)}</dd>
          </div>
          <div>
            <dt>{t('preview.quiz.gradeMethod')}</dt>
            <dd>{t(`preview.quiz.method.${quiz.gradeMethod}`)}</dd>
          </div>
          {quiz.timeLimitMinutes !== null && quiz.timeLimitMinutes > 0 && (
            <div>
              <dt>{t('preview.quiz.timeLimit')}</dt>
              <dd>{formatMinutes(quiz.timeLimitMinutes, t)}</dd>
            </div>
          )}
          {quiz.gradeToPass !== null && quiz.gradeToPass > 0 && (
            <div>
              <dt>{t('preview.quiz.toPass')}</dt>
              <dd>
                {t('preview.quiz.outOf', {
                  grade: formatMark(quiz.gradeToPass, i18n.language),
                  max: formatMark(quiz.maxGrade, i18n.language),
                })}
              </dd>
            </div>
          )}
        </dl>
        {!started && (
          <button
            type="button"
            className="button--primary"
            disabled={quiz.slots.length === 0}
            onClick={() => {
              setStarted(true);
            }}
          >
            {t('preview.quiz.start')}
          </button>
        )}
      </section>
      {started && <QuizAttemptSection quiz={quiz} model={model} onCompleted={onCompleted} />}
    </>
  );
};

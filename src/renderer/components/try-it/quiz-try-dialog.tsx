import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Activity } from '../../../shared/domain/activity';
import { useClient } from '../../hooks/use-client';
import { useQuizAttempt } from '../../hooks/use-quiz-attempt';
import { ModalDialog } from '../modal-dialog';
import { clientQuestionSource } from './client-question-source';
import { QuizAttemptView } from './quiz-attempt-view';

type Quiz = Extract<Activity, { type: 'quiz' }>;

/** "Essayer comme un participant": the quiz page by page, then the marks and feedback. */
export const QuizTryDialog = ({
  quiz,
  parcoursId,
  onClose,
}: {
  quiz: Quiz;
  parcoursId: string;
  onClose: () => void;
}) => {
  const { t } = useTranslation();
  const client = useClient();
  const source = useMemo(() => clientQuestionSource(client, parcoursId), [client, parcoursId]);
  const attempt = useQuizAttempt(quiz, source);
  return (
    <ModalDialog
      title={t('questions.try.title', { name: quiz.title })}
      onClose={onClose}
      className="modal--bank try-it"
    >
      <QuizAttemptView
        quiz={quiz}
        attempt={attempt}
        actions={
          <button type="button" onClick={onClose}>
            {t('questions.bank.close')}
          </button>
        }
      />
    </ModalDialog>
  );
};

import { useTranslation } from 'react-i18next';
import type { QuestionSummary } from '../../../shared/domain/question-summary';

/** The filtered questions: name, type, excerpt, tags, the quizzes that use it, and actions. */
export const QuestionList = ({
  questions,
  onEdit,
  onDuplicate,
  onDelete,
}: {
  questions: QuestionSummary[];
  onEdit: (id: string) => void;
  onDuplicate: (id: string) => void;
  onDelete: (question: QuestionSummary) => void;
}) => {
  const { t } = useTranslation();
  return (
    <>
      <p className="muted" role="status">
        {t('questions.bank.count', { count: questions.length })}
      </p>
      <ul className="bank-list" aria-label={t('questions.bank.listLabel')}>
        {questions.map((q) => (
          <li key={q.id} className="bank-list__item">
            <div className="bank-list__main">
              <strong>{q.name}</strong>{' '}
              <span className="bank-list__type">{t(`questions.types.${q.type}`)}</span>
              {q.status === 'draft' && (
                <span className="bank-list__type"> {t('questions.status.draft')}</span>
              )}
              <p className="bank-list__excerpt">{q.excerpt}</p>
              <p className="muted">
                {q.tags.length > 0 && (
                  <>{t('questions.bank.tags', { tags: q.tags.join(', ') })} · </>
                )}
                {t('questions.bank.usedBy', { count: q.usedBy.length })}
              </p>
            </div>
            <div className="list-item-tools">
              <button
                type="button"
                aria-label={t('questions.bank.editNamed', { name: q.name })}
                onClick={() => {
                  onEdit(q.id);
                }}
              >
                {t('questions.bank.edit')}
              </button>
              <button
                type="button"
                className="button--quiet"
                aria-label={t('questions.bank.duplicateNamed', { name: q.name })}
                onClick={() => {
                  onDuplicate(q.id);
                }}
              >
                {t('questions.bank.duplicate')}
              </button>
              <button
                type="button"
                className="button--quiet button--danger-text"
                aria-label={t('questions.bank.deleteNamed', { name: q.name })}
                onClick={() => {
                  onDelete(q);
                }}
              >
                {t('questions.bank.delete')}
              </button>
            </div>
          </li>
        ))}
      </ul>
    </>
  );
};

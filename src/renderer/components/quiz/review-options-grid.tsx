import { useTranslation } from 'react-i18next';
import type { QuizReviewOptions } from '../../../shared/domain/quiz-review-options';

const WHEN = ['duringAttempt', 'immediatelyAfter', 'laterWhileOpen', 'afterClose'] as const;

/** Moodle's review options: what participants see (rows) and when (columns). */
export const ReviewOptionsGrid = ({
  value,
  onChange,
}: {
  value: QuizReviewOptions;
  onChange: (value: QuizReviewOptions) => void;
}) => {
  const { t } = useTranslation();
  const rows = Object.keys(value) as (keyof QuizReviewOptions)[];
  return (
    <table className="review-grid">
      <caption>{t('questions.quiz.review')}</caption>
      <thead>
        <tr>
          <td />
          {WHEN.map((w) => (
            <th key={w} scope="col">
              {t(`questions.quiz.when.${w}`)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row}>
            <th scope="row">{t(`questions.quiz.what.${row}`)}</th>
            {WHEN.map((w) => (
              <td key={w}>
                <input
                  type="checkbox"
                  aria-label={`${t(`questions.quiz.what.${row}`)} — ${t(`questions.quiz.when.${w}`)}`}
                  checked={value[row][w]}
                  onChange={(event) => {
                    onChange({ ...value, [row]: { ...value[row], [w]: event.target.checked } });
                  }}
                />
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
};

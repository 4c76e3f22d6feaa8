import { useTranslation } from 'react-i18next';
import type { QuestionOf } from '../../../shared/domain/question';
import { CheckField } from './check-field';
import { GapChoicesFields } from './gap-choices-fields';

type Q = QuestionOf<'ddwtos'>;

/**
 * Drag and drop into text: the choices are boxes dropped on the `[[n]]` places of their group;
 * an "unlimited" box can be dropped on several places.
 */
export const DdwtosFields = ({
  question: q,
  onChange,
  error,
}: {
  question: Q;
  onChange: (q: Q) => void;
  error: string | null;
}) => {
  const { t } = useTranslation();
  return (
    <GapChoicesFields
      text={q.text.text}
      choices={q.choices}
      shuffleAnswers={q.shuffleAnswers}
      error={error}
      newChoice={() => ({ text: '', group: 1, infinite: false })}
      onChange={(patch) => {
        onChange({ ...q, ...patch });
      }}
      renderExtra={(choice, set, name) => (
        <CheckField
          label={t('quizDesign.ddwtos.infiniteOf', { name })}
          checked={choice.infinite}
          onChange={(infinite) => {
            set({ infinite });
          }}
        />
      )}
    />
  );
};

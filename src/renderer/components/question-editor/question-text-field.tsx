import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { QuestionText } from '../../../shared/domain/question-text';

interface QuestionTextFieldProps {
  label: string;
  value: QuestionText;
  onChange: (value: QuestionText) => void;
  rows?: number;
  error?: string | null;
  help?: string;
}

/**
 * A question text (Moodle's string and format). It is edited as the string Moodle keeps, so
 * cloze parts, `[[n]]` gaps and `@@PLUGINFILE@@` references stay exactly where the author put them.
 */
export const QuestionTextField = ({
  label,
  value,
  onChange,
  rows = 3,
  error = null,
  help,
}: QuestionTextFieldProps) => {
  const { t } = useTranslation();
  const id = useId();
  const helpId = useId();
  const errorId = useId();
  const describedBy = [help ? helpId : null, error !== null ? errorId : null].filter(Boolean);
  return (
    <div className="field">
      <label htmlFor={id}>
        {label}
        {value.format !== 'html' && (
          <span className="muted"> ({t(`questions.format.${value.format}`)})</span>
        )}
      </label>
      <textarea
        id={id}
        rows={rows}
        value={value.text}
        aria-invalid={error !== null}
        aria-describedby={describedBy.length > 0 ? describedBy.join(' ') : undefined}
        onChange={(event) => {
          onChange({ ...value, text: event.target.value });
        }}
      />
      {help && (
        <p id={helpId} className="field__help">
          {help}
        </p>
      )}
      {error !== null && (
        <p id={errorId} className="error-text">
          {error}
        </p>
      )}
    </div>
  );
};

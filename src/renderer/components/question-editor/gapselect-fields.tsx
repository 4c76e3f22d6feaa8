import type { QuestionOf } from '../../../shared/domain/question';
import { GapChoicesFields } from './gap-choices-fields';

type Q = QuestionOf<'gapselect'>;

/** A gap select's choices: each `[[n]]` gap of the text becomes a menu of its group's choices. */
export const GapselectFields = ({
  question: q,
  onChange,
  error,
}: {
  question: Q;
  onChange: (q: Q) => void;
  error: string | null;
}) => (
  <GapChoicesFields
    text={q.text.text}
    choices={q.choices}
    shuffleAnswers={q.shuffleAnswers}
    error={error}
    newChoice={() => ({ text: '', group: 1 })}
    onChange={(patch) => {
      onChange({ ...q, ...patch });
    }}
  />
);

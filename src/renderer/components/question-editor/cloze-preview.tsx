import { useTranslation } from 'react-i18next';
import type { QuestionOf } from '../../../shared/domain/question';
import { parseClozeParts } from '../../../shared/domain/question-cloze-parts';

const CANDIDATE = /\{(\d*):([A-Za-z_]+):/g;

/**
 * The parts Moodle will read in a cloze text, as the author types: code, weight, answers; and the
 * `{n:CODE:` openings it will not read (an unknown code stays plain text in Moodle).
 */
export const ClozePreview = ({ question }: { question: QuestionOf<'multianswer'> }) => {
  const { t } = useTranslation();
  const parts = parseClozeParts(question.text.text);
  const starts = new Set(parts.map((p) => p.start));
  const unread = [...question.text.text.matchAll(CANDIDATE)].filter((m) => !starts.has(m.index));
  const total = parts.reduce((sum, p) => sum + p.weight, 0);
  return (
    <section className="question-editor__group" aria-labelledby="cloze-preview-title">
      <h4 id="cloze-preview-title">
        {t('questions.cloze.preview', { count: parts.length, total })}
      </h4>
      <ol className="cloze-preview">
        {parts.map((part, i) => (
          <li key={`${part.start}`}>
            <strong>
              {t('questions.cloze.part', { n: i + 1, code: part.code, weight: part.weight })}
            </strong>{' '}
            {t(`questions.cloze.kind.${part.kind}`)} —{' '}
            {part.answers
              .map(
                (a) =>
                  `${a.text}${a.tolerance ? ` ±${a.tolerance}` : ''} (${Math.round(a.fraction * 100)} %)`,
              )
              .join(' · ')}
            {!part.answers.some((a) => a.fraction >= 1) && (
              <span className="error-text"> {t('questions.cloze.noFull')}</span>
            )}
          </li>
        ))}
      </ol>
      {unread.length > 0 && (
        <ul className="error-text" aria-label={t('questions.cloze.errors')}>
          {unread.map((m) => (
            <li key={m.index}>
              {t('questions.cloze.unknownCode', { code: m[2] ?? '', at: m.index + 1 })}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
};

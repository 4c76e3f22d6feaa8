import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { useQuizSlots } from '../../hooks/use-quiz-slots';
import { useQuestionBank } from '../../hooks/use-question-bank';
import { NumberField } from '../question-editor/number-field';
import { ListItemTools } from '../activity-settings/list-item-tools';
import { RandomSlotForm } from './random-slot-form';
import { RandomSlotSummary } from './random-slot-summary';
import '../../styles/question-editor.css';

/**
 * The quiz's slots by page: move (buttons, or Alt+↑/↓ on a slot), mark, page breaks, remove;
 * then add a question of the bank or a random question from a category.
 */
export const QuizSlotsEditor = ({
  quiz,
  parcoursId,
}: {
  quiz: ReturnType<typeof useQuizSlots>;
  parcoursId: string;
}) => {
  const { t } = useTranslation();
  const bank = useQuestionBank(parcoursId);
  const pickId = useId();
  const [picked, setPicked] = useState('');
  const detailId = useId();
  return (
    <fieldset className="question-editor__group">
      <legend>{t('questions.quiz.slots')}</legend>
      {quiz.slots.length === 0 && <p className="muted">{t('questions.quiz.noSlot')}</p>}
      <ol className="quiz-slots" aria-label={t('questions.quiz.slots')}>
        {quiz.slots.map((slot, i) => {
          const name =
            (slot.question.kind === 'random'
              ? t('questions.quiz.randomFrom', { category: quiz.nameOf(slot) ?? '…' })
              : quiz.nameOf(slot)) ?? '…';
          const newPage = i === 0 || quiz.slots[i - 1]?.page !== slot.page;
          return (
            <li key={slot.id} className="quiz-slots__item">
              {newPage && (
                <p className="quiz-slots__page">{t('questions.quiz.page', { n: slot.page })}</p>
              )}
              <div
                className="quiz-slots__row"
                tabIndex={0}
                aria-label={t('questions.quiz.slotLabel', { n: i + 1, name })}
                aria-describedby={
                  slot.question.kind === 'random' ? `${detailId}-${String(i)}` : undefined
                }
                aria-keyshortcuts="Alt+ArrowUp Alt+ArrowDown"
                onKeyDown={(event) => {
                  if (!event.altKey) return;
                  if (event.key === 'ArrowUp' && i > 0) {
                    event.preventDefault();
                    quiz.move(i, i - 1);
                  } else if (event.key === 'ArrowDown' && i < quiz.slots.length - 1) {
                    event.preventDefault();
                    quiz.move(i, i + 1);
                  }
                }}
              >
                <span className="quiz-slots__name">
                  {i + 1}. {name}
                  {slot.question.kind === 'random' && (
                    <RandomSlotSummary
                      id={`${detailId}-${String(i)}`}
                      filter={slot.question}
                      count={quiz.matchCountOf(slot)}
                    />
                  )}
                </span>
                <NumberField
                  label={t('questions.quiz.markOf', { n: i + 1 })}
                  value={slot.maxMark}
                  min={0}
                  max={10000}
                  onChange={(mark) => {
                    quiz.setMark(i, mark ?? 0);
                  }}
                />
                <ListItemTools
                  name={name}
                  index={i}
                  count={quiz.slots.length}
                  onMove={(to) => {
                    quiz.move(i, to);
                  }}
                  onRemove={() => {
                    quiz.remove(i);
                  }}
                />
              </div>
              {i < quiz.slots.length - 1 && (
                <button
                  type="button"
                  className="button--quiet"
                  onClick={() => {
                    quiz.togglePageBreak(i);
                  }}
                >
                  {quiz.slots[i + 1]?.page === slot.page
                    ? t('questions.quiz.addPageBreak', { n: i + 1 })
                    : t('questions.quiz.removePageBreak', { n: i + 1 })}
                </button>
              )}
            </li>
          );
        })}
      </ol>
      <p className="field__help">{t('questions.quiz.keyboardHelp')}</p>
      <div className="question-editor__row">
        <div className="field">
          <label htmlFor={pickId}>{t('questions.quiz.pickQuestion')}</label>
          <select
            id={pickId}
            value={picked}
            onChange={(e) => {
              setPicked(e.target.value);
            }}
          >
            <option value="">{t('questions.player.choose')}</option>
            {bank.questions.map((q) => (
              <option key={q.id} value={q.id}>
                {q.name} ({t(`questions.types.${q.type}`)})
              </option>
            ))}
          </select>
        </div>
        <button
          type="button"
          disabled={picked === ''}
          onClick={() => {
            quiz.addFixed(picked, bank.questions.find((q) => q.id === picked)?.defaultMark ?? 1);
            setPicked('');
          }}
        >
          {t('questions.quiz.addQuestion')}
        </button>
      </div>
      <RandomSlotForm
        parcoursId={parcoursId}
        categories={bank.categories}
        tags={bank.tags}
        onAdd={quiz.addRandom}
      />
    </fieldset>
  );
};

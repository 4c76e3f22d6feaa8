import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { QuestionOf } from '../../../shared/domain/question';
import type { QuestionResponse } from '../../../shared/scoring/question-response';
import { answerLabel } from './answer-label';
import { plainText } from './plain-text';
import { QuestionHtml } from './question-html';

type Direction = 'up' | 'down';

/**
 * An ordering question: the items in the order the participant gives them (shuffled at the
 * start), each moved with "Monter" and "Descendre"; the focus stays on the pressed button.
 */
export const OrderingPlayer = ({
  question: q,
  response,
  onChange,
  legendId,
  disabled,
}: {
  question: QuestionOf<'ordering'>;
  response: QuestionResponse;
  onChange: (response: QuestionResponse) => void;
  legendId: string;
  disabled: boolean;
}) => {
  const { t } = useTranslation();
  const list = useRef<HTMLOListElement>(null);
  const [moved, setMoved] = useState<{ item: number; direction: Direction } | null>(null);
  const order = response.order ?? q.items.map((_, i) => i);
  const orderKey = order.join(',');
  // Runs again once the new order is rendered: moving a list item's node in the DOM takes the
  // focus away from a button inside it, so the focus is put back after each reorder.
  useEffect(() => {
    if (moved === null) return;
    const button = (direction: Direction) =>
      list.current?.querySelector<HTMLButtonElement>(
        `button[data-item="${moved.item}"][data-direction="${direction}"]`,
      );
    button(moved.direction)?.focus();
  }, [moved, orderKey]);
  const atEnd = (direction: Direction, position: number): boolean =>
    direction === 'up' ? position === 0 : position === order.length - 1;
  const move = (from: number, direction: Direction) => {
    const to = direction === 'up' ? from - 1 : from + 1;
    const next = [...order];
    const [item] = next.splice(from, 1);
    if (item === undefined) return;
    next.splice(to, 0, item);
    onChange({ order: next });
    setMoved({ item, direction });
  };
  const announced =
    moved === null
      ? ''
      : t('questions.player.movedTo', {
          name: plainText(q.items[moved.item] ?? { format: 'html', text: '', files: [] }),
          position: order.indexOf(moved.item) + 1,
          count: order.length,
        });
  return (
    <>
      <ol className="player-ordering" aria-labelledby={legendId}>
        {order.map((item, position) => {
          const text = q.items[item];
          if (!text) return null;
          const name = plainText(text);
          return (
            <li key={item} className="player-ordering__item">
              <span className="player-ordering__text">
                {q.numberingStyle !== 'none' && answerLabel(q.numberingStyle, position)}
                <QuestionHtml text={text} inline />
              </span>
              <span className="player-ordering__tools">
                {(['up', 'down'] as const).map((direction) => (
                  <button
                    key={direction}
                    type="button"
                    className="button--quiet"
                    data-item={item}
                    data-direction={direction}
                    disabled={disabled}
                    // At an end the button stays focusable (aria-disabled, not disabled): a
                    // focused button that becomes disabled loses the focus to the page.
                    aria-disabled={atEnd(direction, position) || undefined}
                    aria-label={t(
                      direction === 'up'
                        ? 'questions.player.moveUpNamed'
                        : 'questions.player.moveDownNamed',
                      { name },
                    )}
                    onClick={() => {
                      if (!atEnd(direction, position)) move(position, direction);
                    }}
                  >
                    {t(
                      direction === 'up' ? 'questions.player.moveUp' : 'questions.player.moveDown',
                    )}
                  </button>
                ))}
              </span>
            </li>
          );
        })}
      </ol>
      <p role="status" className="visually-hidden">
        {announced}
      </p>
    </>
  );
};

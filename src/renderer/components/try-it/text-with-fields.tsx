import DOMPurify from 'dompurify';
import { type ReactNode, useCallback, useState } from 'react';
import { createPortal } from 'react-dom';
import type { QuestionText } from '../../../shared/domain/question-text';

const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * A question text whose places (`[[n]]` gaps, cloze parts: offsets in the text) are fields. The
 * text stays one piece of HTML, paragraphs and emphasis included, and each field is rendered into
 * its place with a portal.
 */
export const TextWithFields = ({
  text,
  places,
  renderField,
}: {
  text: QuestionText;
  places: readonly { start: number; end: number }[];
  renderField: (index: number) => ReactNode;
}) => {
  const [slots, setSlots] = useState<HTMLElement[]>([]);
  // Stable, and the container is keyed by its HTML: it runs once per text, not per render.
  const container = useCallback((element: HTMLDivElement | null) => {
    setSlots(element ? [...element.querySelectorAll<HTMLElement>('[data-field]')] : []);
  }, []);
  const piece = (from: number, to: number) => {
    const raw = text.text.slice(from, to);
    return text.format === 'html' ? raw : escapeHtml(raw);
  };
  let html = '';
  let at = 0;
  places.forEach((place, i) => {
    html += `${piece(at, place.start)}<span data-field="${i}"></span>`;
    at = place.end;
  });
  html += piece(at, text.text.length);
  // Sanitised here: the one other place question HTML enters the studio's DOM.
  const clean = DOMPurify.sanitize(html);
  return (
    <>
      <div
        key={clean}
        ref={container}
        className={text.format === 'html' ? 'player-text' : 'player-text player-text--plain'}
        dangerouslySetInnerHTML={{ __html: clean }}
      />
      {slots.map((slot) =>
        createPortal(renderField(Number(slot.dataset['field'])), slot, slot.dataset['field']),
      )}
    </>
  );
};

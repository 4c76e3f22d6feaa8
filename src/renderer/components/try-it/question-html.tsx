import DOMPurify from 'dompurify';
import type { QuestionText } from '../../../shared/domain/question-text';
import { CONTENT_SANITIZE_OPTIONS } from '../../../shared/preview/content-sanitize-options';

/**
 * A Moodle text as a participant sees it: HTML sanitised (it may come from an imported file),
 * other formats as plain text. `@@PLUGINFILE@@` images are not resolved in the try-it view.
 */
export const QuestionHtml = ({
  text,
  inline = false,
  className,
}: {
  text: QuestionText | string;
  inline?: boolean;
  className?: string;
}) => {
  const value = typeof text === 'string' ? { format: 'html' as const, text } : text;
  const Tag = inline ? 'span' : 'div';
  if (value.format !== 'html') return <Tag className={className}>{value.text}</Tag>;
  return (
    <Tag
      className={className}
      // Sanitised just above: this is the one place question HTML enters the studio's DOM.
      dangerouslySetInnerHTML={{ __html: DOMPurify.sanitize(value.text, CONTENT_SANITIZE_OPTIONS) }}
    />
  );
};

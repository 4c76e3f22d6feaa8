import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { PreviewActivity } from '../../shared/preview/preview-model';
import { numberChapters } from './number-chapters';
import type { PreviewRoute } from './preview-route';
import { RouteLink } from './route-link';
import { SafeHtml } from './safe-html';

type Book = Extract<PreviewActivity, { type: 'book' }>;

/**
 * A book as Moodle shows it: the table of contents, one chapter at a time (its place in the
 * address, `#activity/<book>/<chapter>`), and the previous and next chapters.
 */
export const BookView = ({ book, part }: { book: Book; part: string | null }) => {
  const { t } = useTranslation();
  const titleId = useId();
  const chapters = numberChapters(book.chapters ?? []);
  const index = Math.max(
    0,
    chapters.findIndex((c) => c.id === part),
  );
  const current = chapters[index];
  if (!current) return <p className="muted">{t('preview.book.empty')}</p>;
  const previous = chapters[index - 1];
  const next = chapters[index + 1];
  const chapterRoute = (id: string): PreviewRoute => ({
    page: 'activity',
    activityId: book.id,
    part: id,
  });
  return (
    <div className="pv-book">
      <nav className="pv-book__toc" aria-label={t('preview.book.toc')}>
        <p className="pv-book__toc-title" aria-hidden="true">
          {t('preview.book.toc')}
        </p>
        <ol>
          {chapters.map((chapter) => (
            <li key={chapter.id} className={chapter.subchapter ? 'pv-book__sub' : undefined}>
              <RouteLink
                to={chapterRoute(chapter.id)}
                aria-current={chapter === current ? 'page' : undefined}
              >
                <span className="pv-book__number">{chapter.number}</span> {chapter.title}
              </RouteLink>
            </li>
          ))}
        </ol>
      </nav>
      <section className="pv-book__chapter" aria-labelledby={titleId}>
        <h2 id={titleId} tabIndex={-1} data-part-heading>
          <span className="pv-book__number">{current.number}</span> {current.title}
        </h2>
        <SafeHtml html={current.html} className="pv-content" />
        <nav className="pv-book__pager" aria-label={t('preview.book.pager')}>
          {previous && (
            <RouteLink to={chapterRoute(previous.id)} rel="prev">
              <span aria-hidden="true">← </span>
              {t('preview.book.previous', { title: previous.title })}
            </RouteLink>
          )}
          {next && (
            <RouteLink to={chapterRoute(next.id)} rel="next" className="pv-book__next">
              {t('preview.book.next', { title: next.title })}
              <span aria-hidden="true"> →</span>
            </RouteLink>
          )}
        </nav>
      </section>
    </div>
  );
};

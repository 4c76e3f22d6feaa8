import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Outline } from '../../shared/domain/outline';
import { SectionTitle } from './section-title';

type OutlineSectionData = Outline['sections'][number];
export type MoveDirection = 'up' | 'down';

interface OutlineSectionProps {
  section: OutlineSectionData;
  index: number;
  count: number;
  selectedActivityId: string | null;
  /** Set on the section just moved: its move button keeps the focus at its new place. */
  focusRequest: { direction: MoveDirection; seq: number } | null;
  onRename: (title: string) => void;
  onMove: (direction: MoveDirection) => void;
  onDelete: () => void;
  onAddPage: () => void;
  onSelectActivity: (id: string) => void;
}

export const OutlineSection = ({
  section,
  index,
  count,
  selectedActivityId,
  focusRequest,
  onRename,
  onMove,
  onDelete,
  onAddPage,
  onSelectActivity,
}: OutlineSectionProps) => {
  const { t } = useTranslation();
  const upRef = useRef<HTMLButtonElement>(null);
  const downRef = useRef<HTMLButtonElement>(null);
  const isFirst = index === 0;
  const isLast = index === count - 1;

  useEffect(() => {
    if (!focusRequest) return;
    // At the top (or bottom) the button just used is disabled: the other one takes the focus.
    const wanted = focusRequest.direction === 'up' ? upRef.current : downRef.current;
    const other = focusRequest.direction === 'up' ? downRef.current : upRef.current;
    (wanted && !wanted.disabled ? wanted : other)?.focus();
  }, [focusRequest, index]);

  const title = section.title;
  return (
    <li className="outline-section" data-section-id={section.id}>
      <div className="outline-section__head">
        <SectionTitle title={title} number={index + 1} onRename={onRename} />
        <div className="outline-section__tools">
          <button
            ref={upRef}
            type="button"
            className="button--quiet"
            disabled={isFirst}
            aria-label={t('outline.moveUpNamed', { title })}
            onClick={() => {
              onMove('up');
            }}
          >
            {t('outline.moveUp')}
          </button>
          <button
            ref={downRef}
            type="button"
            className="button--quiet"
            disabled={isLast}
            aria-label={t('outline.moveDownNamed', { title })}
            onClick={() => {
              onMove('down');
            }}
          >
            {t('outline.moveDown')}
          </button>
          <button
            type="button"
            className="button--quiet button--danger-text"
            aria-label={t('outline.deleteNamed', { title })}
            onClick={onDelete}
          >
            {t('outline.delete')}
          </button>
        </div>
      </div>
      {section.activities.length > 0 ? (
        <ul
          className="outline-section__activities"
          aria-label={t('outline.activitiesOf', { title })}
        >
          {section.activities.map((activity) => (
            <li key={activity.id}>
              <button
                type="button"
                className="activity-link"
                aria-current={activity.id === selectedActivityId ? 'true' : undefined}
                onClick={() => {
                  onSelectActivity(activity.id);
                }}
              >
                <span className="activity-link__type">{t(`activityType.${activity.type}`)}</span>
                <span className="activity-link__title">{activity.title}</span>
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted outline-section__empty">{t('outline.noActivity')}</p>
      )}
      <button
        type="button"
        className="button--small"
        aria-label={t('outline.addPageNamed', { title })}
        onClick={onAddPage}
      >
        {t('outline.addPage')}
      </button>
    </li>
  );
};

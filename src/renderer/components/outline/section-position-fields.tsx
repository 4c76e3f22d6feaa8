import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { OutlineSectionData } from '../../state/outline-rows';

interface SectionPositionFieldsProps {
  sections: readonly OutlineSectionData[];
  sectionId: string;
  onSection: (id: string) => void;
  /** Activities left out of the positions (the ones being moved); null hides the position. */
  excluded: ReadonlySet<string> | null;
  position: number | null;
  onPosition: (index: number | null) => void;
}

/** "Section" and "Position" selects shared by the move and copy dialogs. */
export const SectionPositionFields = ({
  sections,
  sectionId,
  onSection,
  excluded,
  position,
  onPosition,
}: SectionPositionFieldsProps) => {
  const { t } = useTranslation();
  const sectionField = useId();
  const positionField = useId();
  const section = sections.find((s) => s.id === sectionId);
  const rest = section?.activities.filter((a) => !excluded?.has(a.id)) ?? [];
  return (
    <>
      <div className="field">
        <label htmlFor={sectionField}>{t('outline.targetSection')}</label>
        <select
          id={sectionField}
          data-autofocus
          value={sectionId}
          onChange={(event) => {
            onSection(event.target.value);
            onPosition(null);
          }}
        >
          {sections.map((s, index) => (
            <option key={s.id} value={s.id}>
              {t('outline.numberedSection', { number: index + 1, title: s.title })}
            </option>
          ))}
        </select>
      </div>
      {excluded !== null && (
        <div className="field">
          <label htmlFor={positionField}>{t('outline.targetPosition')}</label>
          <select
            id={positionField}
            value={position === null ? 'end' : String(position)}
            onChange={(event) => {
              onPosition(event.target.value === 'end' ? null : Number(event.target.value));
            }}
          >
            <option value="0">{t('outline.positionFirst')}</option>
            {rest.slice(0, -1).map((activity, index) => (
              <option key={activity.id} value={String(index + 1)}>
                {t('outline.positionAfter', { title: activity.title })}
              </option>
            ))}
            <option value="end">{t('outline.positionLast')}</option>
          </select>
        </div>
      )}
    </>
  );
};

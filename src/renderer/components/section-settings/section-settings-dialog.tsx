import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodInput } from '../../../shared/contract/methods';
import { modalitySchema } from '../../../shared/domain/modality';
import type { RichText } from '../../../shared/domain/rich-text';
import type { Role } from '../../../shared/domain/role';
import type { OutlineSectionData } from '../../state/outline-rows';
import { parsePhase, phaseDraft } from '../../state/phase-draft';
import { VisibilityField } from '../activity-settings/visibility-field';
import { ModalDialog } from '../modal-dialog';
import { RichTextField } from '../rich-text/rich-text-field';
import { PhaseField } from './phase-field';

interface SectionSettingsDialogProps {
  section: OutlineSectionData;
  onSave: (patch: MethodInput<'section.update'>['patch']) => void;
  onClose: () => void;
}

/** A section's settings: title, modality, phase, summary and who sees it; saved together. */
export const SectionSettingsDialog = ({ section, onSave, onClose }: SectionSettingsDialogProps) => {
  const { t } = useTranslation();
  const titleId = useId();
  const modalityId = useId();
  const summaryId = useId();
  const [title, setTitle] = useState(section.title);
  const [modality, setModality] = useState(section.modality);
  const [phase, setPhase] = useState(phaseDraft(section.phase));
  const [summary, setSummary] = useState<RichText | null>(section.summary);
  const [visibleTo, setVisibleTo] = useState<Role[]>([...section.visibleTo]);
  const [tried, setTried] = useState(false);
  const parsed = parsePhase(phase);
  const phaseError = 'error' in parsed ? parsed.error : null;
  const titleError = title.trim() === '';
  return (
    <ModalDialog
      title={t('outline.sectionSettingsTitle', { title: section.title })}
      onClose={onClose}
      className="modal--wide"
    >
      <form
        className="form"
        onSubmit={(event) => {
          event.preventDefault();
          setTried(true);
          if (titleError || !('phase' in parsed)) return;
          onSave({ title: title.trim(), modality, phase: parsed.phase, visibleTo, summary });
        }}
      >
        <div className="field">
          <label htmlFor={titleId}>{t('outline.sectionTitleLabel')}</label>
          <input
            id={titleId}
            data-autofocus
            autoComplete="off"
            value={title}
            aria-invalid={tried && titleError}
            onChange={(event) => {
              setTitle(event.target.value);
            }}
          />
          {tried && titleError && <p className="error-text">{t('outline.errors.titleRequired')}</p>}
        </div>
        <div className="field">
          <label htmlFor={modalityId}>{t('outline.modality.label')}</label>
          <select
            id={modalityId}
            value={modality}
            onChange={(event) => {
              setModality(modalitySchema.parse(event.target.value));
            }}
          >
            {modalitySchema.options.map((m) => (
              <option key={m} value={m}>
                {t(`outline.modality.${m}`)}
              </option>
            ))}
          </select>
        </div>
        <PhaseField
          draft={phase}
          error={tried || phase.value !== '' ? phaseError : null}
          onChange={setPhase}
        />
        <RichTextField
          id={summaryId}
          label={t('outline.sectionSummary')}
          value={summary}
          onChange={setSummary}
        />
        <VisibilityField value={visibleTo} onChange={setVisibleTo} subject="section" />
        <div className="modal__actions">
          <button type="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button--primary">
            {t('outline.save')}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
};

import { useTranslation } from 'react-i18next';
import type { PreviewActivity } from '../../shared/preview/preview-model';
import { AudienceBadge } from './audience-badge';
import { CompletionControl } from './completion-control';
import { SafeHtml } from './safe-html';
import type { useCompletion } from './use-completion';

type Label = Extract<PreviewActivity, { type: 'label' }>;

/** A label (Moodle's "Zone texte et média"): its text in the course page, in its variant's style. */
export const LabelItem = ({
  label,
  completion,
}: {
  label: Label;
  completion: ReturnType<typeof useCompletion>;
}) => {
  const { t } = useTranslation();
  return (
    <li className={`pv-label pv-label--${label.variant}`}>
      {label.variant !== 'none' && (
        <p className="pv-label__caption">
          {t(`preview.labelVariant.${label.variant}`)} <AudienceBadge visibleTo={label.visibleTo} />
        </p>
      )}
      <SafeHtml html={label.contentHtml ?? label.introHtml} className="pv-content" />
      {label.variant === 'none' && <AudienceBadge visibleTo={label.visibleTo} />}
      <CompletionControl
        activity={label}
        done={completion.done.has(label.id)}
        onChange={(done) => {
          completion.setDone(label.id, done);
        }}
      />
    </li>
  );
};

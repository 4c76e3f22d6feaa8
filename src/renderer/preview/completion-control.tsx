import { useTranslation } from 'react-i18next';
import type { PreviewActivity } from '../../shared/preview/preview-model';

/**
 * An activity's completion as Moodle 4 shows it: a box the participant ticks (manual), or what
 * completes it automatically and whether that is done.
 */
export const CompletionControl = ({
  activity,
  done,
  onChange,
}: {
  activity: Pick<PreviewActivity, 'id' | 'title' | 'completion'>;
  done: boolean;
  onChange: (done: boolean) => void;
}) => {
  const { t } = useTranslation();
  if (activity.completion === 'none') return null;
  if (activity.completion === 'manual')
    return (
      <label className={`pv-completion pv-completion--manual${done ? ' pv-completion--done' : ''}`}>
        <input
          type="checkbox"
          checked={done}
          onChange={(event) => {
            onChange(event.target.checked);
          }}
        />
        <span>
          {t('preview.completion.manual')}
          <span className="pv-visually-hidden"> : {activity.title}</span>
        </span>
      </label>
    );
  const what = t(`preview.completion.rule.${activity.completion}`);
  return (
    <p className={`pv-completion${done ? ' pv-completion--done' : ''}`}>
      {t(done ? 'preview.completion.done' : 'preview.completion.todo', { what })}
    </p>
  );
};

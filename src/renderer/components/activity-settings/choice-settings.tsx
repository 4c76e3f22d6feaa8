import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Activity } from '../../../shared/domain/activity';
import type { ActivitySave } from '../../hooks/use-activity-save';
import { useListDraft } from '../../hooks/use-list-draft';
import { ListItemTools } from './list-item-tools';
import { SettingsCheckboxField } from './settings-checkbox-field';

type Choice = Extract<Activity, { type: 'choice' }>;

/** A choice (sondage): its options, added, renamed, reordered, removed; and its two flags. */
export const ChoiceSettings = ({ activity, save }: { activity: Choice; save: ActivitySave }) => {
  const { t } = useTranslation();
  // Options are plain strings: their position is their identity while editing.
  const stored = useMemo(
    () => activity.options.map((text, index) => ({ id: `option-${index}`, text })),
    [activity.options],
  );
  const list = useListDraft(stored, (items, later) => {
    const patch = { options: items.map((item) => item.text) };
    if (later) save.saveLater('options', patch);
    else save.saveNow('options', patch);
  });
  return (
    <>
      <fieldset className="field">
        <legend>{t('outline.settings.options')}</legend>
        {list.items.length === 0 && <p className="muted">{t('outline.settings.noOption')}</p>}
        <ol className="settings-list">
          {list.items.map((item, index) => {
            const name = t('outline.settings.optionNumber', { number: index + 1 });
            return (
              <li key={item.id} className="settings-list__item">
                <input
                  aria-label={name}
                  value={item.text}
                  maxLength={255}
                  onChange={(event) => {
                    list.edit(item.id, { text: event.target.value });
                  }}
                  onBlur={() => {
                    list.settle();
                    save.flush('options');
                  }}
                />
                <ListItemTools
                  name={name}
                  index={index}
                  count={list.items.length}
                  onMove={(to) => {
                    list.move(item.id, to);
                  }}
                  onRemove={() => {
                    list.remove(item.id);
                  }}
                />
              </li>
            );
          })}
        </ol>
        <button
          type="button"
          className="button--small"
          disabled={list.items.length >= 100}
          onClick={() => {
            list.add({
              id: `option-${list.items.length}`,
              text: t('outline.settings.newOption', { number: list.items.length + 1 }),
            });
          }}
        >
          {t('outline.settings.addOption')}
        </button>
        {save.errorOf('options') !== null && (
          <p className="error-text">{save.errorOf('options')}</p>
        )}
      </fieldset>
      <SettingsCheckboxField
        label={t('outline.settings.allowMultiple')}
        checked={activity.allowMultiple}
        onChange={(allowMultiple) => {
          save.saveNow('allowMultiple', { allowMultiple });
        }}
      />
      <SettingsCheckboxField
        label={t('outline.settings.allowUpdate')}
        checked={activity.allowUpdate}
        onChange={(allowUpdate) => {
          save.saveNow('allowUpdate', { allowUpdate });
        }}
      />
    </>
  );
};

import { useTranslation } from 'react-i18next';
import type { Activity } from '../../../shared/domain/activity';
import { emptyRichText } from '../../../shared/domain/rich-text';
import type { ActivitySave } from '../../hooks/use-activity-save';
import { useListDraft } from '../../hooks/use-list-draft';
import { RichTextField } from '../rich-text/rich-text-field';
import { ListItemTools } from './list-item-tools';
import { SettingsCheckboxField } from './settings-checkbox-field';

type Book = Extract<Activity, { type: 'book' }>;

/** A book: its chapters (title, sub-chapter or not, content), added, reordered, removed. */
export const BookSettings = ({ activity, save }: { activity: Book; save: ActivitySave }) => {
  const { t } = useTranslation();
  const list = useListDraft(activity.chapters, (chapters, later) => {
    // An empty title is not saved (the schema refuses it): the field says so instead.
    if (chapters.some((c) => c.title.trim() === '')) {
      save.cancel('chapters');
      return;
    }
    if (later) save.saveLater('chapters', { chapters });
    else save.saveNow('chapters', { chapters });
  });
  return (
    <fieldset className="field">
      <legend>{t('outline.settings.chapters')}</legend>
      {list.items.length === 0 && <p className="muted">{t('outline.settings.noChapter')}</p>}
      <ol className="settings-list">
        {list.items.map((chapter, index) => {
          const name = t('outline.settings.chapterNumber', { number: index + 1 });
          const empty = chapter.title.trim() === '';
          return (
            <li key={chapter.id} className="settings-list__item settings-list__item--block">
              <div className="field">
                <label htmlFor={`chapter-title-${chapter.id}`}>
                  {t('outline.settings.chapterTitle', { number: index + 1 })}
                </label>
                <input
                  id={`chapter-title-${chapter.id}`}
                  value={chapter.title}
                  aria-invalid={empty}
                  onChange={(event) => {
                    list.edit(chapter.id, { title: event.target.value });
                  }}
                  onBlur={() => {
                    list.settle();
                    save.flush('chapters');
                  }}
                />
                {empty && <p className="error-text">{t('outline.errors.titleRequired')}</p>}
              </div>
              <SettingsCheckboxField
                label={t('outline.settings.subchapter')}
                checked={chapter.subchapter}
                onChange={(subchapter) => {
                  list.edit(chapter.id, { subchapter });
                  list.settle();
                }}
              />
              <RichTextField
                id={`chapter-content-${chapter.id}`}
                label={t('outline.settings.chapterContent', { number: index + 1 })}
                value={chapter.content}
                onChange={(content) => {
                  list.edit(chapter.id, { content });
                }}
              />
              <ListItemTools
                name={name}
                index={index}
                count={list.items.length}
                onMove={(to) => {
                  list.move(chapter.id, to);
                }}
                onRemove={() => {
                  list.remove(chapter.id);
                }}
              />
            </li>
          );
        })}
      </ol>
      <button
        type="button"
        className="button--small"
        onClick={() => {
          list.add({
            id: crypto.randomUUID(),
            title: t('outline.settings.newChapter', { number: list.items.length + 1 }),
            subchapter: false,
            content: emptyRichText(),
          });
        }}
      >
        {t('outline.settings.addChapter')}
      </button>
      {save.errorOf('chapters') !== null && (
        <p className="error-text">{save.errorOf('chapters')}</p>
      )}
    </fieldset>
  );
};

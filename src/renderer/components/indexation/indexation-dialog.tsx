import { useTranslation } from 'react-i18next';
import { useIndexationForm } from '../../hooks/use-indexation-form';
import { ModalDialog } from '../modal-dialog';
import { DurationField } from './duration-field';
import {
  AccompagnementField,
  IndexationTextField,
  ObjectifCollectionFields,
  VersionFields,
} from './indexation-fields';
import { TagInput } from './tag-input';
import { VignetteField } from './vignette-field';
import '../../styles/content-common.css';
import '../../styles/indexation.css';

/** The parcours' indexation (M@gistère's offer catalogue fields), saved as the author types. */
export const IndexationDialog = ({
  parcoursId,
  onClose,
}: {
  parcoursId: string;
  onClose: () => void;
}) => {
  const { t } = useTranslation();
  const form = useIndexationForm(parcoursId);
  const close = () => {
    form.flush();
    onClose();
  };
  const { draft, parcours, update } = form;
  return (
    <ModalDialog
      title={t('content.indexation.title', { title: parcours?.title ?? '' })}
      onClose={close}
      className="modal--wide indexation"
    >
      {draft === null || parcours === null ? (
        <p role="status">{t('common.loading')}</p>
      ) : (
        <form
          className="form indexation__form"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            close();
          }}
        >
          <p className="field__help">{t('content.indexation.autosave')}</p>
          <ObjectifCollectionFields draft={draft} update={update} />
          <TagInput
            label={t('content.indexation.publics')}
            values={draft.publics}
            onChange={(publics) => {
              update({ publics });
            }}
          />
          <IndexationTextField draft={draft} update={update} name="domaine" />
          <TagInput
            label={t('content.indexation.motsCles')}
            values={draft.motsCles}
            maxLength={100}
            onChange={(motsCles) => {
              update({ motsCles });
            }}
          />
          <AccompagnementField draft={draft} update={update} />
          <IndexationTextField draft={draft} update={update} name="rythme" />
          <div className="indexation__durations">
            <DurationField
              legend={t('content.indexation.tempsDistance')}
              minutes={draft.tempsDistanceMinutes}
              onChange={(tempsDistanceMinutes) => {
                update({ tempsDistanceMinutes });
              }}
            />
            <DurationField
              legend={t('content.indexation.tempsPresence')}
              minutes={draft.tempsPresenceMinutes}
              onChange={(tempsPresenceMinutes) => {
                update({ tempsPresenceMinutes });
              }}
            />
          </div>
          <VignetteField
            mediaId={draft.vignetteMediaId}
            parcoursTitle={parcours.title}
            onChange={(vignetteMediaId) => {
              update({ vignetteMediaId });
            }}
          />
          <TagInput
            label={t('content.indexation.auteurs')}
            values={draft.auteurs}
            onChange={(auteurs) => {
              update({ auteurs });
            }}
          />
          <IndexationTextField draft={draft} update={update} name="validePar" />
          <IndexationTextField draft={draft} update={update} name="origine" />
          <VersionFields draft={draft} update={update} version={parcours.version} />
          <div className="modal__actions">
            <button type="submit" className="button--primary">
              {t('common.close')}
            </button>
          </div>
        </form>
      )}
    </ModalDialog>
  );
};

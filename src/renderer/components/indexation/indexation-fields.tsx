import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { type Indexation, collectionSchema } from '../../../shared/domain/indexation';

const ACCOMPAGNEMENT_MAX = 250;

interface FieldsProps {
  draft: Indexation;
  update: (patch: Partial<Indexation>) => void;
}

type TextKey = 'domaine' | 'rythme' | 'validePar' | 'origine';

/** A one-line text field of the indexation. */
export const IndexationTextField = ({ draft, update, name }: FieldsProps & { name: TextKey }) => {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{t(`content.indexation.${name}`)}</label>
      <input
        id={id}
        lang="fr"
        spellCheck
        maxLength={255}
        value={draft[name]}
        onChange={(event) => {
          update({ [name]: event.target.value });
        }}
      />
    </div>
  );
};

/** Objectif and collection (M@gistère's nine, by their French names). */
export const ObjectifCollectionFields = ({ draft, update }: FieldsProps) => {
  const { t } = useTranslation();
  const objectifId = useId();
  const collectionId = useId();
  return (
    <>
      <div className="field">
        <label htmlFor={objectifId}>{t('content.indexation.objectif')}</label>
        <textarea
          id={objectifId}
          rows={3}
          lang="fr"
          spellCheck
          maxLength={5000}
          value={draft.objectif}
          onChange={(event) => {
            update({ objectif: event.target.value });
          }}
        />
      </div>
      <div className="field">
        <label htmlFor={collectionId}>{t('content.indexation.collection')}</label>
        <select
          id={collectionId}
          value={draft.collection ?? ''}
          onChange={(event) => {
            const parsed = collectionSchema.safeParse(event.target.value);
            update({ collection: parsed.success ? parsed.data : null });
          }}
        >
          <option value="">{t('content.indexation.noCollection')}</option>
          {collectionSchema.options.map((value) => (
            <option key={value} value={value}>
              {t(`content.collection.${value}`)}
            </option>
          ))}
        </select>
      </div>
    </>
  );
};

/** Accompagnement: the platform keeps 250 characters, the counter says how many are left. */
export const AccompagnementField = ({ draft, update }: FieldsProps) => {
  const { t } = useTranslation();
  const id = useId();
  const counterId = useId();
  const length = draft.accompagnement.length;
  return (
    <div className="field">
      <label htmlFor={id}>{t('content.indexation.accompagnement')}</label>
      <textarea
        id={id}
        rows={3}
        lang="fr"
        spellCheck
        maxLength={ACCOMPAGNEMENT_MAX}
        aria-describedby={counterId}
        value={draft.accompagnement}
        onChange={(event) => {
          update({ accompagnement: event.target.value.slice(0, ACCOMPAGNEMENT_MAX) });
        }}
      />
      <p
        id={counterId}
        className={`field__help char-counter${length >= ACCOMPAGNEMENT_MAX ? ' char-counter--full' : ''}`}
        aria-live="polite"
        data-testid="accompagnement-counter"
      >
        {t('content.indexation.counter', { count: length, max: ACCOMPAGNEMENT_MAX })}
      </p>
    </div>
  );
};

/** Version (read only: each validation bumps it) and the notes of this version. */
export const VersionFields = ({ draft, update, version }: FieldsProps & { version: string }) => {
  const { t } = useTranslation();
  const id = useId();
  return (
    <>
      <p className="indexation__version">{t('content.indexation.version', { version })}</p>
      <div className="field">
        <label htmlFor={id}>{t('content.indexation.notesDeVersion')}</label>
        <textarea
          id={id}
          rows={3}
          lang="fr"
          spellCheck
          maxLength={10_000}
          value={draft.notesDeVersion}
          onChange={(event) => {
            update({ notesDeVersion: event.target.value });
          }}
        />
      </div>
    </>
  );
};

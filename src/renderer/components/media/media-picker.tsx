import { useTranslation } from 'react-i18next';
import type { MediaKind, MediaWithUsage } from '../../../shared/domain/media';
import { useMediaList } from '../../hooks/use-media-list';
import { MediaThumbnail } from './media-thumbnail';

interface MediaPickerProps {
  legend: string;
  kinds: readonly MediaKind[];
  selectedId: string | null;
  onSelect: (media: MediaWithUsage) => void;
  name: string;
}

/** The library's media of some kinds as radio buttons with their thumbnails (arrows move). */
export const MediaPicker = ({ legend, kinds, selectedId, onSelect, name }: MediaPickerProps) => {
  const { t } = useTranslation();
  const media = useMediaList();
  const items = (media.data ?? []).filter((item) => kinds.includes(item.kind));
  return (
    <fieldset className="field media-picker">
      <legend>{legend}</legend>
      {media.isPending && <p role="status">{t('common.loading')}</p>}
      {!media.isPending && items.length === 0 && (
        <p className="muted">{t('content.media.noneOfKind')}</p>
      )}
      <div className="media-picker__grid">
        {items.map((item) => (
          <label key={item.id} className="media-picker__item">
            <input
              type="radio"
              name={name}
              value={item.id}
              checked={selectedId === item.id}
              onChange={() => {
                onSelect(item);
              }}
            />
            <MediaThumbnail media={item} />
            <span className="media-picker__name">{item.name}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
};

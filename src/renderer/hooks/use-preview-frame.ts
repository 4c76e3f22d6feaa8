import { useQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useRef } from 'react';
import { PREVIEW_MEDIA_PATH } from '../../shared/contract/methods-preview';
import type { PreviewModel } from '../../shared/preview/preview-model';
import { queryKeys } from '../state/query-keys';
import { mediaUrl } from '../transport/media-url';
import { useClient } from './use-client';

const MEDIA_LINK = new RegExp(`${PREVIEW_MEDIA_PATH.replaceAll('/', '\\/')}([0-9a-f]{64})`, 'g');

/** The model with the studio's own media URLs in place of the core's `PREVIEW_MEDIA_PATH<id>`. */
const withStudioMedia = (model: PreviewModel): PreviewModel =>
  JSON.parse(
    JSON.stringify(model).replace(MEDIA_LINK, (_match, id: string) =>
      // Inside a JSON string: the URL's own characters need no escaping but `"` and `\`.
      mediaUrl(id).replaceAll('\\', '\\\\').replaceAll('"', '\\"'),
    ),
  ) as PreviewModel;

/**
 * Feeds the preview frame: the parcours' preview model, fetched again after every edit (the
 * studio refetches all queries on `project.changed`), posted to the frame each time it changes
 * and when the frame (re)loads. The frame is sandboxed (opaque origin): messages go to `*`,
 * and only this window's frame element receives them.
 */
export const usePreviewFrame = (parcoursId: string) => {
  const client = useClient();
  const frame = useRef<HTMLIFrameElement>(null);
  const model = useQuery({
    queryKey: queryKeys.previewModel(parcoursId),
    queryFn: async () => withStudioMedia(await client.invoke('preview.model', { parcoursId })),
  });
  const post = useCallback(() => {
    const target = frame.current?.contentWindow;
    if (target && model.data)
      target.postMessage({ type: 'atelier-preview-model', model: model.data }, '*');
  }, [model.data]);
  useEffect(post, [post]);
  // The site says when it listens (its script may run after the frame's load event fires).
  useEffect(() => {
    const onMessage = (event: MessageEvent<unknown>) => {
      const data = event.data as { type?: unknown } | null;
      if (event.source === frame.current?.contentWindow && data?.type === 'atelier-preview-ready')
        post();
    };
    window.addEventListener('message', onMessage);
    return () => {
      window.removeEventListener('message', onMessage);
    };
  }, [post]);
  return { frame, onLoad: post, error: model.error, loading: model.isPending };
};

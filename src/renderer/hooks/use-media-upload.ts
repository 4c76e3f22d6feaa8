import { queryKeys } from '../state/query-keys';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useRef, useState } from 'react';
import type { Media } from '../../shared/domain/media';
import {
  type UploadRequest,
  UploadCancelled,
  uploadInChunks,
} from '../components/media/upload-in-chunks';
import type { AppErrorData } from '../../shared/contract/app-error';
import { toAppErrorData } from '../state/to-app-error-data';
import { useClient } from './use-client';

export type UploadState =
  | { status: 'idle' }
  | { status: 'uploading'; name: string; sentBytes: number; totalBytes: number }
  | { status: 'error'; name: string; error: AppErrorData };

type UploadOptions = Pick<UploadRequest, 'alt' | 'decorative'> & { name?: string };

/**
 * Imports files into the media library one at a time, with progress and cancel. Resolves
 * with the medium, or null when cancelled or failed (the state then says why).
 */
export const useMediaUpload = () => {
  const client = useClient();
  const queryClient = useQueryClient();
  const [state, setState] = useState<UploadState>({ status: 'idle' });
  const controller = useRef<AbortController | null>(null);

  const upload = useCallback(
    async (blob: Blob, options: UploadOptions = {}): Promise<Media | null> => {
      const name = options.name ?? (blob instanceof File ? blob.name : 'media');
      const abort = new AbortController();
      controller.current = abort;
      setState({ status: 'uploading', name, sentBytes: 0, totalBytes: blob.size });
      try {
        const media = await uploadInChunks(client, {
          blob,
          name,
          signal: abort.signal,
          onProgress: (sentBytes) => {
            setState({ status: 'uploading', name, sentBytes, totalBytes: blob.size });
          },
          ...(options.alt === undefined ? {} : { alt: options.alt }),
          ...(options.decorative === undefined ? {} : { decorative: options.decorative }),
        });
        setState({ status: 'idle' });
        await queryClient.invalidateQueries({ queryKey: queryKeys.media });
        return media;
      } catch (error) {
        setState(
          error instanceof UploadCancelled
            ? { status: 'idle' }
            : { status: 'error', name, error: toAppErrorData(error) },
        );
        return null;
      } finally {
        controller.current = null;
      }
    },
    [client, queryClient],
  );

  const cancel = useCallback(() => {
    controller.current?.abort();
  }, []);

  return { state, upload, cancel };
};

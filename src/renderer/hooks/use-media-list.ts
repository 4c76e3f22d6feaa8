import { queryKeys } from '../state/query-keys';
import { useQuery } from '@tanstack/react-query';
import { useClient } from './use-client';

/** The react-query key of the media library (every query refetches on `project.changed`). */

/** Every medium of the open project, with where it is used. */
export const useMediaList = () => {
  const client = useClient();
  return useQuery({
    queryKey: queryKeys.media,
    queryFn: () => client.invoke('media.list', {}),
  });
};

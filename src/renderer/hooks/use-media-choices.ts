import { useQuery } from '@tanstack/react-query';
import { useClient } from './use-client';

/** The project's media, to pick the one a "Fichier" activity offers. */
export const useMediaChoices = () => {
  const client = useClient();
  return useQuery({
    queryKey: ['media.list'] as const,
    queryFn: () => client.invoke('media.list', {}),
  });
};

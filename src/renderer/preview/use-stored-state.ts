import { useEffect, useMemo, useState } from 'react';
import { previewStorage } from './preview-storage';

/**
 * A state kept in `previewStorage` under `key`: read when the key changes (another parcours or
 * version), written after each change. `parse` turns what is stored into a value, or the
 * starting value when nothing usable is there; `serialize` turns a value into JSON data.
 */
export const useStoredState = <T>(
  key: string,
  parse: (stored: unknown) => T,
  serialize: (value: T) => unknown = (value) => value,
): [T, (update: (current: T) => T) => void] => {
  // `parse` is a module-level function in every caller: only the key decides a new read.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const initial = useMemo(() => parse(previewStorage.read(key)), [key]);
  const [edited, setEdited] = useState<{ key: string; value: T } | null>(null);
  const value = edited?.key === key ? edited.value : initial;
  useEffect(() => {
    if (edited) previewStorage.write(edited.key, serialize(edited.value));
    // Like `parse`, `serialize` never changes between renders.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [edited]);
  return [
    value,
    (update) => {
      setEdited((previous) => ({
        key,
        value: update(previous?.key === key ? previous.value : initial),
      }));
    },
  ];
};

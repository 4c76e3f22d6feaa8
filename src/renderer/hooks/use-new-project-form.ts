import { useState } from 'react';
import { joinProjectPath } from '../state/join-project-path';

/**
 * The new-project form: the path follows the title (default folder + slug + ".atelier")
 * until the author edits the path or picks one with the native dialog.
 */
export const useNewProjectForm = (defaultDir: string) => {
  const [title, setTitle] = useState('');
  const [customPath, setCustomPath] = useState<string | null>(null);
  const path = customPath ?? joinProjectPath(defaultDir, title);
  return {
    title,
    path,
    setTitle,
    setPath: (value: string) => {
      setCustomPath(value);
    },
    valid: title.trim() !== '' && path.trim() !== '',
  };
};

import { parsePluginfileUrl, PLUGINFILE } from '../../pluginfile-url';

const LINK = new RegExp(`${PLUGINFILE}/[^"'<>\\s)]+`, 'g');

/**
 * The files a Moodle text links to as `@@PLUGINFILE@@/<url-encoded path>` (README §6), as
 * `files.xml` names them: a path (`/` or `/sub/dir/`) and the raw file name. Each once.
 */
export const pluginfileRefs = (text: string): { filePath: string; fileName: string }[] => {
  const seen = new Set<string>();
  return [...text.matchAll(LINK)].flatMap((match) => {
    const ref = parsePluginfileUrl(match[0]);
    const key = ref === null ? '' : `${ref.filePath}${ref.fileName}`;
    if (ref === null || seen.has(key)) return [];
    seen.add(key);
    return [ref];
  });
};

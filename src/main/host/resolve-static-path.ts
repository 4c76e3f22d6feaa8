import { realpath, stat } from 'node:fs/promises';
import { isAbsolute, relative, resolve, sep } from 'node:path';

const isInside = (root: string, candidate: string): boolean => {
  const rel = relative(root, candidate);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel));
};

/**
 * Maps a URL pathname to a regular file inside `root`, or null. Used by the WebSocket host
 * and the Electron protocol: both serve the built renderer and must never leave its folder,
 * whatever the encoding (`%2e%2e`, backslashes, NUL) or a symbolic link inside it.
 */
export const resolveStaticPath = async (
  root: string,
  urlPathname: string,
): Promise<string | null> => {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPathname);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const relativePath =
    decoded === '/' || decoded === '' ? 'index.html' : decoded.replace(/^\/+/, '');
  const rootResolved = resolve(root);
  const candidate = resolve(rootResolved, relativePath);
  if (!isInside(rootResolved, candidate)) return null;
  try {
    // Symbolic links are followed only when their target stays inside the root as well.
    const [realRoot, realCandidate] = await Promise.all([
      realpath(rootResolved),
      realpath(candidate),
    ]);
    if (!isInside(realRoot, realCandidate)) return null;
    const info = await stat(realCandidate);
    return info.isFile() ? realCandidate : null;
  } catch {
    return null;
  }
};

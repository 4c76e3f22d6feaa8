const ID = /\[id:((?:\\]|[^\]])*)\]/;
const TAG = /\[tag:((?:\\]|[^\]])*)\]/g;
const unescape = (value: string): string => value.replaceAll('\\]', ']').trim();

/** The idnumber and tags Moodle 4.5 reads from `// [id:…] [tag:…]` comment lines. */
export const giftCommentMeta = (lines: string[]): { idnumber: string | null; tags: string[] } => {
  let idnumber: string | null = null;
  const tags: string[] = [];
  for (const line of lines.filter((l) => l.startsWith('//'))) {
    const id = ID.exec(line);
    if (id?.[1] !== undefined && idnumber === null) idnumber = unescape(id[1]);
    for (const tag of line.matchAll(TAG)) {
      const value = unescape(tag[1] ?? '');
      if (value !== '' && !tags.includes(value)) tags.push(value);
    }
  }
  return { idnumber: idnumber === '' ? null : idnumber, tags };
};

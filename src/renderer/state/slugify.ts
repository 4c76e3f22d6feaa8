/** A file-name-safe form of a title: "Écrire au cycle 3" → "ecrire-au-cycle-3". */
export const slugify = (title: string, fallback = 'projet'): string => {
  const slug = title
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/g, '');
  return slug === '' ? fallback : slug;
};

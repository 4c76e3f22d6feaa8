/**
 * The project the Chromium bench opens, built through the dispatcher (every write is a real,
 * acknowledged edit): a small first parcours (the studio shows it on opening), then the
 * P2 parcours of 500 activities over 20 sections, whose first activity is the P4 page of
 * about 10,000 words (≈ 20 printed pages).
 */
import type { Client } from '../src/shared/contract/create-client';
import { createRandom, longDocument, realisticPage } from './large-project-content';

export const P2_SECTIONS = 20;
export const P2_ACTIVITIES = 500;
export const P4_WORDS = 10_000;
export const BIG_PARCOURS_TITLE = 'Grand parcours (bench P2)';
export const LONG_PAGE_TITLE = 'Dossier long (bench P4)';
export const SMALL_PARCOURS_TITLE = 'Accueil';
/** The control of P4: a one-screen page, typed into the same way. */
export const SHORT_PAGE_TITLE = 'Présentation';

export interface StudioProject {
  bigParcoursId: string;
  longPageId: string;
  /** Rows of the virtualized outline: a head and a foot per section, one per activity. */
  outlineRows: number;
  longPageWords: number;
}

export const buildStudioProject = async (client: Client, path: string): Promise<StudioProject> => {
  const random = createRandom(7);
  await client.invoke('project.create', { path, title: 'Projet du bench Chromium' });
  const small = await client.invoke('parcours.create', {
    title: SMALL_PARCOURS_TITLE,
    shortName: 'BENCH-ACCUEIL',
    declaredHours: 3,
  });
  const smallSection = await client.invoke('section.create', {
    parcoursId: small.id,
    title: 'Bienvenue',
  });
  const shortPage = await client.invoke('activity.create', {
    sectionId: smallSection.id,
    type: 'page',
    title: SHORT_PAGE_TITLE,
  });
  await client.invoke('activity.update', {
    id: shortPage.id,
    patch: { content: realisticPage(random) },
  });
  const big = await client.invoke('parcours.create', {
    title: BIG_PARCOURS_TITLE,
    shortName: 'BENCH-P2',
    declaredHours: 30,
  });
  let longPageId: string | null = null;
  const perSection = P2_ACTIVITIES / P2_SECTIONS;
  for (let s = 0; s < P2_SECTIONS; s += 1) {
    const section = await client.invoke('section.create', {
      parcoursId: big.id,
      title: `Étape ${String(s + 1)}`,
    });
    for (let a = 0; a < perSection; a += 1) {
      const long = s === 0 && a === 0;
      const type = long ? 'page' : a % 5 === 4 ? 'forum' : a % 3 === 0 ? 'label' : 'page';
      const activity = await client.invoke('activity.create', {
        sectionId: section.id,
        type,
        title: long ? LONG_PAGE_TITLE : `Activité ${String(s + 1)}.${String(a + 1)}`,
      });
      if (long) longPageId = activity.id;
      const content = long ? longDocument(random, P4_WORDS) : realisticPage(random);
      await client.invoke('activity.update', {
        id: activity.id,
        patch: {
          estimatedMinutes: 5 + Math.floor(random() * 40),
          ...(type === 'forum' ? { intro: content } : { content }),
        },
      });
    }
  }
  if (longPageId === null) throw new Error('the long page was not created');
  const stored = await client.invoke('activity.get', { id: longPageId });
  const text = JSON.stringify(stored).match(/"text":"[^"]*"/g) ?? [];
  const longPageWords = text.reduce((sum, t) => sum + t.slice(8, -1).split(/\s+/).length, 0);
  return {
    bigParcoursId: big.id,
    longPageId,
    outlineRows: P2_ACTIVITIES + 2 * P2_SECTIONS,
    longPageWords,
  };
};

import { activitySchema } from '../../../src/shared/domain/activity';
import { parcoursSchema } from '../../../src/shared/domain/parcours';
import { sectionSchema } from '../../../src/shared/domain/section';

const doc = (text: string) => ({
  type: 'doc' as const,
  content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
});

/** What the schema v1 fixture holds; the migration tests compare against it. */
export const v1FixtureContent = {
  title: 'Projet de la version 1',
  parcours: parcoursSchema.parse({
    id: 'p-v1',
    title: 'Enseigner la lecture au cycle 2',
    shortName: 'LECT-C2',
    declaredHours: 6,
  }),
  sections: [
    {
      section: sectionSchema.parse({ id: 's-v1-1', title: 'Accueil' }),
      activities: [
        activitySchema.parse({
          id: 'a-v1-1',
          type: 'label',
          title: 'Bienvenue',
          content: doc('Bonjour'),
        }),
        activitySchema.parse({ id: 'a-v1-2', type: 'forum', title: 'Présentez-vous' }),
      ],
    },
    {
      section: sectionSchema.parse({ id: 's-v1-2', title: 'Étape 1', modality: 'presentiel' }),
      activities: [
        activitySchema.parse({ id: 'a-v1-3', type: 'page', title: 'Lire', content: doc('Texte') }),
      ],
    },
  ],
};

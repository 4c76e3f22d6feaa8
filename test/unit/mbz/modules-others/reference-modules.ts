import type { Activity } from '../../../../src/shared/domain/activity';
import { feedbackItemSchema } from '../../../../src/shared/domain/feedback-item';
import type { ModuleCodec } from '../../../../src/main/formats/mbz/mbz-module';
import type { MoodleTarget } from '../../../../src/main/formats/mbz/moodle-target';
import { assignCodec } from '../../../../src/main/formats/mbz/modules/assign';
import { choiceCodec } from '../../../../src/main/formats/mbz/modules/choice';
import { feedbackCodec } from '../../../../src/main/formats/mbz/modules/feedback';
import { forumCodec } from '../../../../src/main/formats/mbz/modules/forum';
import { glossaryCodec } from '../../../../src/main/formats/mbz/modules/glossary';
import { wikiCodec } from '../../../../src/main/formats/mbz/modules/wiki';

/** One activity of the reference course: its folder in each backup and what Atelier reads. */
export interface ReferenceModule {
  name: string;
  folders: Readonly<Record<MoodleTarget, string>>;
  codec: ModuleCodec;
  /** The activity's own fields as read (and the fields a new activity is written from). */
  fields: Partial<Activity>;
}

const feedbackItems = [
  { type: 'info', name: 'Date de réponse', label: 'date', info: 'course' },
  { type: 'label', name: '', html: '<p><strong>Partie 1 — le parcours</strong></p>' },
  {
    type: 'multichoice',
    name: 'Votre académie',
    label: 'academie',
    required: true,
    display: 'dropdown',
    options: ['Aix-Marseille', 'Bordeaux', 'Créteil', 'Lyon', 'Autre'],
    hideNoSelect: true,
  },
  {
    type: 'multichoice',
    name: 'Modalités appréciées',
    label: 'modalites',
    display: 'checkbox',
    options: ['Classe virtuelle', 'Activités à distance', 'Présentiel'],
    hideNoSelect: true,
  },
  {
    type: 'multichoicerated',
    name: 'Satisfaction globale',
    label: 'satisfaction',
    display: 'radio',
    options: [
      { value: 0, text: 'Pas du tout satisfait' },
      { value: 1, text: 'Peu satisfait' },
      { value: 2, text: 'Satisfait' },
      { value: 3, text: 'Très satisfait' },
    ],
    hideNoSelect: true,
  },
  { type: 'pagebreak' },
  { type: 'numeric', name: 'Temps passé (heures)', label: 'temps', min: 0, max: 20 },
  { type: 'textfield', name: 'Un mot pour résumer', label: 'mot', size: 20, maxLength: 30 },
  {
    type: 'textarea',
    name: "Suggestions d'amélioration",
    label: 'suggestions',
    width: 40,
    height: 20,
  },
];

/** The reference course's forums, wiki, glossary, assignment, feedback and choice. */
export const REFERENCE_MODULES: readonly ReferenceModule[] = [
  {
    name: 'forum general',
    folders: { '4.5': 'forum_17', '4.1': 'forum_19' },
    codec: forumCodec as ModuleCodec,
    fields: { type: 'forum', forumType: 'standard' },
  },
  {
    name: 'forum qanda',
    folders: { '4.5': 'forum_27', '4.1': 'forum_29' },
    codec: forumCodec as ModuleCodec,
    fields: { type: 'forum', forumType: 'qanda' },
  },
  {
    name: 'wiki',
    folders: { '4.5': 'wiki_25', '4.1': 'wiki_27' },
    codec: wikiCodec as ModuleCodec,
    fields: { type: 'wiki', wikiMode: 'collaborative', firstPageTitle: 'Accueil du wiki' },
  },
  {
    name: 'glossary',
    folders: { '4.5': 'glossary_26', '4.1': 'glossary_28' },
    codec: glossaryCodec as ModuleCodec,
    fields: { type: 'glossary', displayFormat: 'dictionary', participantsCanAdd: false },
  },
  {
    name: 'assign',
    folders: { '4.5': 'assign_28', '4.1': 'assign_30' },
    codec: assignCodec as ModuleCodec,
    fields: {
      type: 'assignment',
      onlineText: true,
      fileSubmission: true,
      maxFiles: 2,
      dueOffsetDays: null,
      maxGrade: 20,
      gradeToPass: null,
    },
  },
  {
    name: 'choice',
    folders: { '4.5': 'choice_30', '4.1': 'choice_32' },
    codec: choiceCodec as ModuleCodec,
    fields: {
      type: 'choice',
      options: ['Mercredi 8 octobre', 'Mercredi 15 octobre', 'Mercredi 22 octobre'],
      allowMultiple: false,
      allowUpdate: true,
    },
  },
  {
    name: 'feedback',
    folders: { '4.5': 'feedback_29', '4.1': 'feedback_31' },
    codec: feedbackCodec as ModuleCodec,
    fields: {
      type: 'feedback',
      purpose: 'none',
      anonymous: true,
      multipleSubmit: false,
      autoNumbering: false,
      emailNotification: false,
      publishStats: false,
      pageAfterSubmit: '<p>Merci pour votre participation !</p>',
      siteAfterSubmit: '',
      completionSubmit: false,
      items: feedbackItems.map((item, i) => feedbackItemSchema.parse({ id: `item-${i}`, ...item })),
    },
  },
];

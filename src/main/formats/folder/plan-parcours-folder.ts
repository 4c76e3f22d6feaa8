import type { z } from 'zod';
import { activitySchema } from '../../../shared/domain/activity';
import { mediaSchema, type Media } from '../../../shared/domain/media';
import { parcoursSchema } from '../../../shared/domain/parcours';
import { questionSchema, type Question } from '../../../shared/domain/question';
import { questionCategorySchema } from '../../../shared/domain/question-category';
import { sectionSchema } from '../../../shared/domain/section';
import type { ParcoursDocument } from '../parcours-document';
import { claimName } from './claim-name';
import { fieldPath } from './field-path';
import { folderErrors } from './folder-errors';
import { folderJson } from './folder-json';
import { FOLDER_FORMAT, FOLDER_LAYOUT } from './folder-layout';
import { mediaFileName } from './media-file-name';
import { numberedName } from './numbered-name';
import { slugify } from './slugify';

/** A file of the folder to be: JSON text, or a medium streamed from the library. */
export type FolderFile =
  { kind: 'json'; path: string; text: string } | { kind: 'media'; path: string; media: Media };

const json = (path: string, value: unknown): FolderFile => ({
  kind: 'json',
  path,
  text: folderJson(value),
});

/** The value as its schema outputs it: known keys in schema order, nothing extra. */
const canonical = <S extends z.ZodType>(schema: S, value: unknown, where: string): z.output<S> => {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw folderErrors.invalidDocument(
    where,
    `${fieldPath(issue?.path ?? [])} ${issue?.message ?? ''}`,
  );
};

const sectionFiles = (sections: ParcoursDocument['sections']): FolderFile[] =>
  sections.flatMap(({ section, activities }, index) => {
    const dir = `${FOLDER_LAYOUT.sections}/${numberedName(index, sections.length, slugify(section.title, 'section'))}`;
    return [
      json(`${dir}/${FOLDER_LAYOUT.sectionFile}`, canonical(sectionSchema, section, dir)),
      ...activities.map((activity, at) => {
        const name = numberedName(at, activities.length, slugify(activity.title, 'activite'));
        const path = `${dir}/${name}.${activity.type}.json`;
        return json(path, canonical(activitySchema, activity, path));
      }),
    ];
  });

/** Categories in the model's (tree) order; each gets a folder of its questions, in their order. */
const bankFiles = (bank: ParcoursDocument['bank']): FolderFile[] => {
  const categories = bank.categories.map((c) =>
    canonical(questionCategorySchema, c, FOLDER_LAYOUT.categories),
  );
  const groups = new Map<string, Question[]>(categories.map((c) => [c.id, []]));
  for (const question of bank.questions) {
    const group = groups.get(question.categoryId);
    if (!group)
      throw folderErrors.invalidDocument(question.name, `categoryId ${question.categoryId}`);
    group.push(question);
  }
  const taken = new Set<string>();
  const questionFiles = categories.flatMap((category) => {
    const dir = `${FOLDER_LAYOUT.questions}/${claimName(taken, slugify(category.name, 'categorie'))}`;
    const questions = groups.get(category.id) ?? [];
    return questions.map((question, index) => {
      const name = numberedName(index, questions.length, slugify(question.name, 'question'));
      const path = `${dir}/${name}.${question.type}.json`;
      return json(path, canonical(questionSchema, question, path));
    });
  });
  return [json(FOLDER_LAYOUT.categories, categories), ...questionFiles];
};

const mediaFiles = (media: readonly Media[]): FolderFile[] => {
  const sorted = media
    .map((m) => canonical(mediaSchema, m, FOLDER_LAYOUT.mediaIndex))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return [
    json(FOLDER_LAYOUT.mediaIndex, sorted),
    ...sorted.map((m): FolderFile => ({
      kind: 'media',
      path: `${FOLDER_LAYOUT.media}/${m.id}/${mediaFileName(m.name)}`,
      media: m,
    })),
  ];
};

/**
 * Every file of the folder a parcours makes, marker first, in a fixed order: the same
 * document always gives the same paths and the same bytes (docs/parcours-folder.md).
 */
export const planParcoursFolder = (doc: ParcoursDocument): FolderFile[] => [
  json(FOLDER_LAYOUT.marker, FOLDER_FORMAT),
  json(FOLDER_LAYOUT.parcours, canonical(parcoursSchema, doc.parcours, FOLDER_LAYOUT.parcours)),
  ...sectionFiles(doc.sections),
  ...bankFiles(doc.bank),
  ...mediaFiles(doc.media),
];

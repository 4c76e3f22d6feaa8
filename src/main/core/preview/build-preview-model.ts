import type { Activity } from '../../../shared/domain/activity';
import type { Media } from '../../../shared/domain/media';
import { isRandomQuestionCandidate } from '../../../shared/domain/random-question-candidate';
import type { RichText } from '../../../shared/domain/rich-text';
import { CONTENT_SANITIZE_OPTIONS } from '../../../shared/preview/content-sanitize-options';
import {
  PREVIEW_MODEL_FORMAT,
  type PreviewActivity,
  type PreviewMedia,
  type PreviewModel,
} from '../../../shared/preview/preview-model';
import { createHappyDomPurifier } from '../../formats/happy-dom-purifier';
import type { ParcoursDocument } from '../../formats/parcours-document';
import { richTextHtml } from '../../formats/rich-text-html';
import { categorySubtree } from '../questions/category-subtree';
import { foldSearchText } from '../questions/question-search-text';
import { createInertWindow } from '../../formats/inert-window';

/** How the preview reaches a medium: a URL of the host, or a `data:` URI in a package. */
export type PreviewMediaUrl = (media: Media) => string;

/**
 * One DOMPurify per process (on a happy-dom window that runs and loads nothing): the HTML our
 * schema renders is already clean, but a text may come from an imported backup, so the model
 * never carries HTML DOMPurify has not seen.
 */
let purifier: ReturnType<typeof createHappyDomPurifier> | undefined;
const sanitize = (html: string): string => {
  purifier ??= createHappyDomPurifier(createInertWindow());
  return html === '' ? '' : purifier.sanitize(html, CONTENT_SANITIZE_OPTIONS);
};

/**
 * The questions a random slot may draw, as Moodle picks them: ready, not descriptions, in the
 * category (and its subcategories when asked), carrying every tag asked (case and accents
 * folded, as the bank's filter does).
 */
const randomPool = (
  doc: ParcoursDocument,
  slot: { categoryId: string; includeSubcategories: boolean; tags: readonly string[] },
): string[] => {
  const categories = slot.includeSubcategories
    ? new Set(categorySubtree(doc.bank.categories, slot.categoryId))
    : new Set([slot.categoryId]);
  const wanted = slot.tags.map(foldSearchText);
  return doc.bank.questions
    .filter(
      (q) =>
        categories.has(q.categoryId) &&
        isRandomQuestionCandidate(q) &&
        wanted.every((tag) => q.tags.map(foldSearchText).includes(tag)),
    )
    .map((q) => q.id);
};

/**
 * A parcours as the preview site reads it (see `PreviewModel`): every text rendered by the
 * same code as the Moodle backup's HTML (`richTextHtml`), with media linked by `mediaUrl`
 * instead of `@@PLUGINFILE@@`, then sanitised; the quizzes' questions and random pools; the
 * media the texts, files, vignette and captions use.
 */
export const buildPreviewModel = (
  doc: ParcoursDocument,
  options: { mediaUrl: PreviewMediaUrl; generatedAt: Date },
): PreviewModel => {
  const byId = new Map(doc.media.map((m) => [m.id, m]));
  const used = new Set<string>();
  const use = (id: string | null): string | null => {
    if (id === null || !byId.has(id)) return null;
    used.add(id);
    return id;
  };
  const html = (text: RichText | null): string =>
    sanitize(
      richTextHtml(text, (mediaId) => {
        const media = byId.get(mediaId);
        if (media === undefined) return null;
        use(mediaId);
        return { src: options.mediaUrl(media), media };
      }),
    );

  const questions: PreviewModel['questions'] = {};
  const randomPools: PreviewModel['randomPools'] = {};
  const questionById = new Map(doc.bank.questions.map((q) => [q.id, q]));
  const addQuestion = (id: string): void => {
    const question = questionById.get(id);
    if (question !== undefined) questions[id] = question;
  };

  const activity = (a: Activity): PreviewActivity => {
    const { intro, moodle: _moodle, ...rest } = a;
    const base = { introHtml: html(intro) };
    switch (a.type) {
      case 'page':
      case 'label': {
        const { content: _content, ...fields } = rest as typeof rest & { content: RichText };
        return { ...fields, ...base, contentHtml: html(a.content) } as PreviewActivity;
      }
      case 'book': {
        const { chapters: _chapters, ...fields } = rest as typeof rest & { chapters: unknown };
        return {
          ...fields,
          ...base,
          chapters: a.chapters.map((c) => ({
            id: c.id,
            title: c.title,
            subchapter: c.subchapter,
            html: html(c.content),
          })),
        };
      }
      case 'logbook': {
        const { prompts: _prompts, ...fields } = rest as typeof rest & { prompts: unknown };
        return { ...fields, ...base, promptsHtml: html(a.prompts) } as PreviewActivity;
      }
      case 'file':
        use(a.mediaId);
        return { ...rest, ...base } as PreviewActivity;
      case 'quiz':
        for (const slot of a.slots) {
          if (slot.question.kind === 'fixed') addQuestion(slot.question.questionId);
          else {
            const pool = randomPool(doc, slot.question);
            randomPools[slot.id] = pool;
            pool.forEach(addQuestion);
          }
        }
        return { ...rest, ...base } as PreviewActivity;
      default:
        return { ...rest, ...base } as PreviewActivity;
    }
  };

  const sections = doc.sections.map(({ section, activities }) => ({
    id: section.id,
    title: section.title,
    summaryHtml: html(section.summary),
    modality: section.modality,
    phase: section.phase,
    visibleTo: [...section.visibleTo],
    activities: activities.map(activity),
  }));
  const { parcours } = doc;
  const vignette = use(parcours.indexation.vignetteMediaId);
  // Captions of the media used are used too.
  for (const id of [...used]) use(byId.get(id)?.captionsMediaId ?? null);

  const media: Record<string, PreviewMedia> = {};
  for (const id of [...used].sort()) {
    const m = byId.get(id);
    if (m === undefined) continue;
    media[id] = {
      name: m.name,
      mime: m.mime,
      kind: m.kind,
      sizeBytes: m.sizeBytes,
      url: options.mediaUrl(m),
      alt: m.alt,
      decorative: m.decorative,
      captionsMediaId:
        m.captionsMediaId !== null && used.has(m.captionsMediaId) ? m.captionsMediaId : null,
      author: m.author,
      licence: m.licence,
    };
  }
  return {
    format: PREVIEW_MODEL_FORMAT,
    generatedAt: options.generatedAt.toISOString(),
    parcours: {
      id: parcours.id,
      title: parcours.title,
      shortName: parcours.shortName,
      version: parcours.version,
      status: parcours.status,
      declaredHours: parcours.declaredHours,
      objectif: parcours.indexation.objectif,
      publics: [...parcours.indexation.publics],
      auteurs: [...parcours.indexation.auteurs],
      tempsDistanceMinutes: parcours.indexation.tempsDistanceMinutes,
      tempsPresenceMinutes: parcours.indexation.tempsPresenceMinutes,
      vignetteMediaId: vignette,
    },
    sections,
    questions,
    randomPools,
    media,
  };
};

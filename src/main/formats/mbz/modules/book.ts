import { emptyRichText } from '../../../../shared/domain/rich-text';
import type { ModuleCodec } from '../mbz-module';
import { mbz } from '../mbz-tree';
import { newInstanceFields } from '../new-instance-fields';
import { viewOnlyCompletion } from '../view-completion';

const chapterArea = (contextId: number, itemId: number) => ({
  contextId,
  component: 'mod_book',
  fileArea: 'chapter',
  itemId,
});

/**
 * A book ⇄ `mod_book`: its chapters in order (`pagenum`), a subchapter flag each, the content's
 * images in `mod_book/chapter` with the chapter's id as itemid. Numbering and navigation are
 * the imported ones, else a new book's (numbers, images for navigation). Chapter tags and the
 * hidden flag are not in the model: a hidden chapter is imported visible, with a note.
 */
export const bookCodec: ModuleCodec<'book'> = {
  type: 'book',
  moduleName: 'book',
  mapped: ['chapters', 'chaptertags'],
  write(activity, ctx) {
    const fileIds: number[] = [];
    const chapters = activity.chapters.map((chapter, i) => {
      const id = ctx.newId();
      const written = ctx.html.write(chapter.content, chapterArea(ctx.contextId, id));
      fileIds.push(...written.fileIds);
      return {
        '@_id': id,
        pagenum: i + 1,
        subchapter: i > 0 && chapter.subchapter,
        title: chapter.title,
        content: written.html,
        contentformat: 1,
        hidden: 0,
        timemodified: ctx.time,
        importsrc: '',
      };
    });
    if (activity.chapters[0]?.subchapter === true) {
      ctx.note(
        'Le premier chapitre ne peut pas être un sous-chapitre : écrit comme chapitre.',
        'The first chapter cannot be a subchapter: written as a chapter.',
      );
    }
    return {
      instance: {
        ...newInstanceFields(activity.moodle, { numbering: 1, navstyle: 1, customtitles: 0 }),
        timecreated: ctx.time,
        timemodified: ctx.time,
        chapters: chapters.length === 0 ? {} : { chapter: chapters },
        chaptertags: {},
      },
      fileIds: [...new Set(fileIds)],
      moduleFields: viewOnlyCompletion(activity.completion, ctx),
    };
  },
  read(ctx) {
    const nodes = mbz
      .list(mbz.child(ctx.instance, 'chapters'), 'chapter')
      .sort((a, b) => mbz.int(a, 'pagenum') - mbz.int(b, 'pagenum'));
    if (nodes.some((c) => mbz.int(c, 'hidden') === 1)) {
      ctx.note('Chapitres masqués importés visibles.', 'Hidden chapters imported as visible.');
    }
    if (mbz.hasContent(ctx.instance['chaptertags'])) {
      ctx.note('Étiquettes (tags) des chapitres non reprises.', 'Chapter tags are not imported.');
    }
    const chapters = nodes.map((c) => {
      const html = mbz.str(c, 'content');
      return {
        id: ctx.newId(),
        title: mbz.str(c, 'title').trim().slice(0, 255) || 'Chapitre',
        subchapter: mbz.int(c, 'subchapter') === 1,
        content:
          html.trim() === ''
            ? emptyRichText()
            : ctx.html.read(html, chapterArea(ctx.contextId, mbz.id(c))),
      };
    });
    return { chapters };
  },
};

import type { QuestionText } from '../../../../shared/domain/question-text';
import { mbzTextFormat } from './mbz-text-format';
import type { BankFileRef, BankReadContext } from './question-bank-types';

/** Reads one stored text and the files of its area (component, file area, item id). */
export type TextIn = (
  text: string | null,
  format: string | null,
  component: string,
  fileArea: string,
  itemId: number,
) => QuestionText;

/**
 * Texts of one context with their files: every file of the area becomes a `QuestionFile`
 * (sorted by path and name, as Moodle's XML export lists `get_area_files`), referenced from the
 * text or not, so a text keeps what Moodle keeps with it.
 */
export const makeTextIn = (ctx: BankReadContext, contextId: number): TextIn => {
  const byComponent = new Map<string, Map<string, BankFileRef[]>>();
  const areaFiles = (component: string, fileArea: string, itemId: number): BankFileRef[] => {
    let index = byComponent.get(component);
    if (index === undefined) {
      index = new Map();
      for (const f of ctx.filesOf(contextId, component)) {
        if (f.fileName === '.') continue;
        const key = `${f.fileArea}/${String(f.itemId)}`;
        const list = index.get(key) ?? [];
        list.push(f);
        index.set(key, list);
      }
      byComponent.set(component, index);
    }
    return index.get(`${fileArea}/${String(itemId)}`) ?? [];
  };
  return (text, format, component, fileArea, itemId) => ({
    format: mbzTextFormat.of(format),
    text: text ?? '',
    files: [...areaFiles(component, fileArea, itemId)]
      .sort((a, b) =>
        a.filePath === b.filePath
          ? a.fileName.localeCompare(b.fileName)
          : a.filePath.localeCompare(b.filePath),
      )
      .map((f) => ({ name: f.fileName, path: f.filePath, mediaId: f.mediaId })),
  });
};

import type { XmlNode } from '../../moodle-xml/xml-node';
import type { KeptFile } from './kept-question';
import { keptElementIds } from './kept-question';
import type { BankReadContext } from './question-bank-types';

const QUESTION_AREAS = ['correctfeedback', 'partiallycorrectfeedback', 'incorrectfeedback'];

/**
 * The files a kept question's own elements use, beyond the texts the model holds: its answers'
 * (`question/answer`, `answerfeedback`), its combined feedback, and the areas of its type's
 * component (`qtype_<type>`) keyed by the question or by one of its rows.
 */
export const readKeptFiles = (
  plugins: XmlNode,
  qtype: string,
  questionId: number,
  contextId: number,
  ctx: BankReadContext,
): KeptFile[] => {
  const rows = keptElementIds(plugins, '');
  const out: KeptFile[] = [];
  const push = (
    component: string,
    f: { fileArea: string; filePath: string; fileName: string; mediaId: string },
    item: string,
  ) =>
    out.push({
      component,
      fileArea: f.fileArea,
      item,
      filePath: f.filePath,
      fileName: f.fileName,
      mediaId: f.mediaId,
    });
  for (const f of ctx.filesOf(contextId, 'question')) {
    if (f.fileName === '.') continue;
    if (
      (f.fileArea === 'answer' || f.fileArea === 'answerfeedback') &&
      rows.has(`answer:${String(f.itemId)}`)
    )
      push('question', f, `answer:${String(f.itemId)}`);
    else if (QUESTION_AREAS.includes(f.fileArea) && f.itemId === questionId)
      push('question', f, 'question');
  }
  const component = `qtype_${qtype}`;
  for (const f of ctx.filesOf(contextId, component)) {
    if (f.fileName === '.') continue;
    const row = [...rows].find((key) => key.endsWith(`:${String(f.itemId)}`));
    if (f.itemId === questionId) push(component, f, 'question');
    else if (row !== undefined) push(component, f, row);
  }
  return out;
};

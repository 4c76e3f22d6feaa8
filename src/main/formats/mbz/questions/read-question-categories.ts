import type { QuestionCategory } from '../../../../shared/domain/question-category';
import type { XmlNode } from '../../moodle-xml/xml-node';
import { mbzNode } from './mbz-node';
import { mbzTextFormat } from './mbz-text-format';
import type { BankNote } from './question-bank-types';

const CONTEXTS: Record<string, QuestionCategory['context']> = {
  '10': 'system',
  '50': 'course',
  '70': 'module',
};

/**
 * The categories of `questions.xml`. Moodle's `top` categories (parent 0, named `top`, one per
 * context since 3.5) are not model categories: their children become roots, with the context
 * of their level (a course-category bank, level 40, is read as the course's, reported). Before
 * 3.5 a category could have parent 0 without a top: it is a root too.
 */
export const readQuestionCategories = (
  nodes: readonly XmlNode[],
  newId: () => string,
  notes: BankNote[],
): { categories: QuestionCategory[]; ids: Map<number, string> } => {
  const ids = new Map<number, string>();
  const tops = new Set<number>();
  for (const node of nodes) {
    const id = mbzNode.id(node);
    if (mbzNode.num(node, 'parent', 0) === 0 && mbzNode.str(node, 'name') === 'top') tops.add(id);
    else ids.set(id, newId());
  }
  const categories = nodes.flatMap((node): QuestionCategory[] => {
    const modelId = ids.get(mbzNode.id(node));
    if (modelId === undefined) return [];
    const name = mbzNode.str(node, 'name');
    const level = mbzNode.str(node, 'contextlevel');
    if (CONTEXTS[level] === undefined)
      notes.push({
        questionName: null,
        message: `Catégorie « ${name} » d’un contexte de niveau ${level} : lue comme une catégorie du cours.`,
        messageEn: `Category "${name}" of a level ${level} context: read as a course category.`,
      });
    const idnumber = mbzNode.value(node, 'idnumber');
    return [
      {
        id: modelId,
        parentId: ids.get(mbzNode.num(node, 'parent', 0)) ?? null,
        name: name || '-',
        info: {
          format: mbzTextFormat.of(mbzNode.value(node, 'infoformat')),
          text: mbzNode.str(node, 'info'),
          files: [],
        },
        idnumber: idnumber === null || idnumber === '' ? null : idnumber,
        context: CONTEXTS[level] ?? 'course',
      },
    ];
  });
  return { categories, ids };
};

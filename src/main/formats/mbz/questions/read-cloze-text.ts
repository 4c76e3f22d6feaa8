import type { XmlNode } from '../../moodle-xml/xml-node';
import { mbzNode } from './mbz-node';

/**
 * A cloze's text as the author wrote it. Moodle stores the text with each part replaced by
 * `{#n}` and the part itself as the text of the n-th question of the `multianswer` row's
 * `sequence` (child questions whose `parent` is the cloze); this puts the parts back. A part
 * whose question is missing keeps its `{#n}` and is returned in `missing`.
 */
export const readClozeText = (
  storedText: string,
  plugin: XmlNode,
  questionById: ReadonlyMap<number, XmlNode>,
): { text: string; missing: number[] } => {
  const sequence = mbzNode
    .str(mbzNode.child(plugin, 'multianswer'), 'sequence')
    .split(',')
    .map((id) => Number(id.trim()));
  const missing: number[] = [];
  const text = storedText.replace(/\{#(\d+)\}/g, (whole, n: string) => {
    const child = questionById.get(sequence[Number(n) - 1] ?? Number.NaN);
    if (child === undefined) {
      missing.push(Number(n));
      return whole;
    }
    return mbzNode.str(child, 'questiontext');
  });
  return { text, missing };
};

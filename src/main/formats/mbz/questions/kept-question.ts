import type { XmlNode } from '../../moodle-xml/xml-node';
import { buildMbzXml, parseMbzXml, XML_DECLARATION } from '../mbz-xml';
import { cleanTree, mbz } from '../mbz-tree';
import { mbzNode } from './mbz-node';

/** A file of a kept question outside the texts the model holds (answers, type areas). */
export interface KeptFile {
  component: string;
  fileArea: string;
  /** `question`, or `<element>:<old id>` for a row of the type (an answer, a drag item…). */
  item: string;
  filePath: string;
  fileName: string;
  mediaId: string;
}

/** What a kept question stored: its type's elements as Moodle wrote them, and their files. */
export interface KeptContent {
  qtype: string;
  plugins: [string, XmlNode][];
  files: KeptFile[];
}

const ROOT = 'mbz_question';

/** The `<question>` fields the model holds itself; everything else is the type's own. */
const COMMON = new Set([
  'parent',
  'name',
  'questiontext',
  'questiontextformat',
  'generalfeedback',
  'generalfeedbackformat',
  'defaultmark',
  'penalty',
  'qtype',
  'length',
  'stamp',
  'version',
  'hidden',
  'idnumber',
  'timecreated',
  'timemodified',
  'createdby',
  'modifiedby',
  'question_hints',
  'tags',
  '#text',
]);

/** Every `<element id=…>` below `node`, as `element:id` keys. */
export const keptElementIds = (
  node: unknown,
  name: string,
  out = new Set<string>(),
): Set<string> => {
  if (Array.isArray(node)) {
    for (const item of node) keptElementIds(item, name, out);
  } else if (typeof node === 'object' && node !== null) {
    const id = (node as XmlNode)['@_id'];
    if (typeof id === 'string') out.add(`${name}:${id}`);
    for (const [key, child] of Object.entries(node))
      if (!key.startsWith('@_')) keptElementIds(child, key, out);
  }
  return out;
};

/**
 * The `xml` of a kept question read from a backup: a `<mbz_question>` element holding the
 * question's type elements exactly as parsed (`plugin_qtype_calculated_question`…) and the list
 * of their files. Its root tells it apart from a kept question read from Moodle XML
 * (`<question type=…>`), which cannot go into a backup (and the reverse).
 */
export const encodeKeptQuestion = (question: XmlNode, qtype: string, files: KeptFile[]): string => {
  const content = Object.fromEntries(
    Object.entries(question).filter(([key]) => !COMMON.has(key) && !key.startsWith('@_')),
  );
  const tree = {
    '@_qtype': qtype,
    ...(cleanTree(content) as XmlNode),
    mbz_files: {
      file: files.map((f) => ({
        '@_component': f.component,
        '@_area': f.fileArea,
        '@_item': f.item,
        '@_path': f.filePath,
        '@_name': f.fileName,
        '@_media': f.mediaId,
      })),
    },
  };
  return buildMbzXml(ROOT, tree).slice(XML_DECLARATION.length);
};

/** What `encodeKeptQuestion` stored, or null for a kept question that came from Moodle XML. */
export const decodeKeptQuestion = (xml: string): KeptContent | null => {
  if (!xml.startsWith(`<${ROOT}`)) return null;
  const root = mbzNode.child(parseMbzXml(xml, 'kept question'), ROOT);
  const clean = cleanTree(root);
  const node: XmlNode = mbz.isNode(clean) ? clean : {};
  const plugins = Object.entries(node).filter(
    ([key]) => !key.startsWith('@_') && key !== 'mbz_files',
  ) as [string, XmlNode][];
  return {
    qtype: mbzNode.attr(node, 'qtype'),
    plugins,
    files: mbzNode.list(mbzNode.child(node, 'mbz_files'), 'file').map((f) => ({
      component: mbzNode.attr(f, 'component'),
      fileArea: mbzNode.attr(f, 'area'),
      item: mbzNode.attr(f, 'item'),
      filePath: mbzNode.attr(f, 'path') || '/',
      fileName: mbzNode.attr(f, 'name'),
      mediaId: mbzNode.attr(f, 'media'),
    })),
  };
};

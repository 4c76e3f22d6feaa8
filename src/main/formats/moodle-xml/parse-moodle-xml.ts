import { XMLParser } from 'fast-xml-parser';
import { questionSchema, type Question } from '../../../shared/domain/question';
import type { QuestionCategory } from '../../../shared/domain/question-category';
import { questionCategoryPath } from '../../../shared/domain/question-category-path';
import { ensureQuestionCategory } from '../../../shared/domain/question-category-tree';
import { matchMoodleFraction } from '../../../shared/domain/question-fraction';
import { php } from '../gift/php-string';
import type { QuestionImportOptions } from '../gift/parse-gift';
import type {
  QuestionImportReport,
  QuestionIssue,
} from '../../../shared/domain/question-import-report';
import { questionIssueMessage } from '../question-issue-message';
import { readXmlQuestion } from './read-xml-question';
import { xmlNode, type XmlFile, type XmlNode } from './xml-node';

/** A file of the import: the bytes a `QuestionFile.mediaId` stands for. */
export interface QuestionAttachment {
  mediaId: string;
  name: string;
  path: string;
  bytes: Uint8Array;
}

/** The questions, categories and files of a Moodle XML file, and the report of the import. */
export interface MoodleXmlImportResult {
  questions: Question[];
  categories: QuestionCategory[];
  attachments: QuestionAttachment[];
  report: QuestionImportReport;
}

const ARRAYS = new Set([
  'question',
  'answer',
  'subquestion',
  'file',
  'tag',
  'hint',
  'unit',
  'selectoption',
  'dragbox',
]);
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  processEntities: true,
  htmlEntities: false,
  isArray: (name) => ARRAYS.has(name),
});
const RAW_QUESTION = /<question\s+type="([^"]*)"[\s\S]*?<\/question>/g;
const GRADED = new Set(['multichoice', 'shortanswer', 'numerical']);

const counterId = (prefix: string): (() => string) => {
  let next = 0;
  return () => `${prefix}${String((next += 1))}`;
};

/**
 * Reads Moodle XML as Moodle 4.5 writes it. A DOCTYPE or entity declaration is refused before
 * parsing (no XXE can resolve); a question that fails is reported and the others imported.
 */
export const parseMoodleXml = (
  source: string,
  options: QuestionImportOptions = {},
): MoodleXmlImportResult => {
  const newId = options.newId ?? counterId('xml-');
  const result: MoodleXmlImportResult = {
    questions: [],
    categories: [],
    attachments: [],
    report: { imported: 0, errors: [], warnings: [] },
  };
  const issue = (name: string | null, code: QuestionIssue['code'], detail = ''): QuestionIssue => ({
    line: null,
    questionName: name,
    ...questionIssueMessage(code, detail),
  });
  if (/<!DOCTYPE|<!ENTITY/i.test(source)) {
    result.report.errors.push(issue(null, 'xml-forbidden'));
    return result;
  }
  let root: XmlNode;
  try {
    // Validation refuses malformed XML at the trust boundary; its replacement package
    // (fast-xml-validator) is not a dependency, and this option still works in fast-xml-parser 5.
    // eslint-disable-next-line @typescript-eslint/no-deprecated
    root = xmlNode.child(parser.parse(source, true) as XmlNode, 'quiz');
  } catch (error) {
    result.report.errors.push(
      issue(null, 'xml-malformed', error instanceof Error ? error.message : ''),
    );
    return result;
  }
  const raws = [...source.matchAll(RAW_QUESTION)].map((m) => m[0]);
  const byContent = new Map<string, string>();
  const onFile = (file: XmlFile): string => {
    const known = byContent.get(file.base64);
    if (known !== undefined) return known;
    const mediaId = newId();
    byContent.set(file.base64, mediaId);
    result.attachments.push({
      mediaId,
      name: file.name,
      path: file.path,
      bytes: new Uint8Array(Buffer.from(file.base64, 'base64')),
    });
    return mediaId;
  };
  let categoryId: string | null = null;
  xmlNode.list(root, 'question').forEach((q, index) => {
    const type = xmlNode.attr(q, 'type');
    if (type === 'category') {
      const path = questionCategoryPath.parse(xmlNode.str(xmlNode.child(q, 'category'), 'text'));
      if (path.unknownMarker)
        result.report.warnings.push(issue(null, 'category-context', path.unknownMarker));
      categoryId = ensureQuestionCategory(
        result.categories,
        path.context ?? 'course',
        path.names,
        newId,
      );
      const category = result.categories.find((c) => c.id === categoryId);
      if (category && xmlNode.has(q, 'info')) category.info = xmlNode.text(q, 'info', onFile);
      if (category) category.idnumber = xmlNode.str(q, 'idnumber').trim() || null;
      return;
    }
    const name = xmlNode.str(xmlNode.child(q, 'name'), 'text');
    const specific = readXmlQuestion(type, q, onFile);
    const raw = raws[index];
    if (type === 'random') return;
    const fields =
      specific ?? (raw === undefined ? null : { type: 'kept', moodleType: type, xml: raw });
    if (fields === null) {
      result.report.errors.push(issue(name, 'unsupported-type', type));
      return;
    }
    if (GRADED.has(type)) {
      const list = fields.answers as { fraction: number }[];
      const invalid = list.filter((a) => matchMoodleFraction(a.fraction) === null);
      if (invalid.length > 0) {
        result.report.errors.push(
          issue(name, 'grades-mismatch', invalid.map((a) => php.float(a.fraction)).join(', ')),
        );
        return;
      }
      for (const a of list) a.fraction = matchMoodleFraction(a.fraction) ?? a.fraction;
    }
    categoryId ??= ensureQuestionCategory(
      result.categories,
      'course',
      [options.defaultCategoryName ?? 'Importé'],
      newId,
    );
    const parts = fields.parts as { weight: number }[] | undefined;
    const parsed = questionSchema.safeParse({
      id: newId(),
      categoryId,
      name,
      text: xmlNode.text(q, 'questiontext', onFile),
      generalFeedback: xmlNode.text(q, 'generalfeedback', onFile),
      defaultMark: parts
        ? parts.reduce((sum, p) => sum + p.weight, 0)
        : xmlNode.num(q, 'defaultgrade', 1),
      penalty: xmlNode.num(q, 'penalty', 0.3333333),
      idnumber: xmlNode.str(q, 'idnumber').trim() || null,
      tags: xmlNode
        .list(xmlNode.child(q, 'tags'), 'tag')
        .map((t) => xmlNode.str(t, 'text'))
        .filter((t) => t !== ''),
      hints: xmlNode.list(q, 'hint').map((h) => ({
        text: xmlNode.textOf(h, onFile),
        showNumCorrect: xmlNode.has(h, 'shownumcorrect'),
        clearWrong: xmlNode.has(h, 'clearwrong'),
      })),
      ...fields,
    });
    if (!parsed.success) {
      const detail = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
      result.report.errors.push(issue(name, 'invalid-question', detail));
      return;
    }
    result.questions.push(parsed.data);
  });
  result.report.imported = result.questions.length;
  return result;
};

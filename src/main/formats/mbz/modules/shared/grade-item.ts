import type { XmlNode } from '../../../moodle-xml/xml-node';
import { MBZ_NULL } from '../../mbz-xml';
import { mergeFields } from './merge-fields';

/** A `grades.xml` grade item as Moodle 4.1 and 4.5 write it for a module graded out of 100. */
export const GRADE_ITEM_TEMPLATE: XmlNode = {
  categoryid: null,
  itemname: '',
  itemtype: 'mod',
  itemmodule: '',
  iteminstance: 0,
  itemnumber: 0,
  iteminfo: null,
  idnumber: '',
  calculation: null,
  gradetype: 1,
  grademax: '100.00000',
  grademin: '0.00000',
  scaleid: null,
  outcomeid: null,
  gradepass: '0.00000',
  multfactor: '1.00000',
  plusfactor: '0.00000',
  aggregationcoef: '0.00000',
  aggregationcoef2: '0.00000',
  weightoverride: 0,
  sortorder: 1,
  display: 0,
  decimals: null,
  hidden: 0,
  locked: 0,
  locktime: 0,
  needsupdate: 0,
  timecreated: 0,
  timemodified: 0,
  grade_grades: '',
};

/** A grade as the gradebook's decimal columns hold it (`20.00000`). */
export const gradeDecimal = (value: number): string => value.toFixed(5);

/**
 * The `<grade_item>` of a graded module. `kept` is the imported item (its display, hidden… go
 * back unchanged); `gradeMax` null keeps its maximum (a scale's). The container gives it its
 * id, `categoryid` (the course's grade category), `sortorder` and times; this writes NULL, 1 and
 * the backup's date, what Moodle's restore also accepts. Grades (user data) are left out.
 */
export const gradeItemXml = (input: {
  module: string;
  instanceId: number;
  itemName: string;
  gradeMax: number | null;
  gradePass: number;
  time: number;
  kept: XmlNode | null;
}): XmlNode => {
  const item = mergeFields(GRADE_ITEM_TEMPLATE, input.kept);
  item['categoryid'] = null;
  item['itemname'] = input.itemName;
  item['itemmodule'] = input.module;
  item['iteminstance'] = input.instanceId;
  if (input.gradeMax !== null) item['grademax'] = gradeDecimal(input.gradeMax);
  item['gradepass'] = gradeDecimal(input.gradePass);
  item['timecreated'] = input.time;
  item['timemodified'] = input.time;
  item['grade_grades'] = '';
  delete item['@_id'];
  return item;
};

/** A grade item's decimal field as a number, null when absent, NULL or not a number. */
export const gradeItemNumber = (item: XmlNode, name: string): number | null => {
  const value = item[name];
  if (typeof value !== 'string' || value === MBZ_NULL || value.trim() === '') return null;
  const number = Number(value);
  return Number.isFinite(number) ? number : null;
};

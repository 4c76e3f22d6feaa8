import type { FeedbackItem } from '../../../../../shared/domain/feedback-item';
import type { XmlNode } from '../../../moodle-xml/xml-node';
import {
  feedbackPresentation,
  parseChoicePresentation,
  parseInfo,
  parsePair,
  parseRatedOption,
} from './feedback-presentation';
import { mbz } from '../../mbz-tree';

/** Whether Moodle stores answers for an item of this type (`hasvalue`). */
const HAS_VALUE: Readonly<Record<FeedbackItem['type'], number>> = {
  info: 1,
  label: 0,
  multichoice: 1,
  multichoicerated: 1,
  numeric: 1,
  textfield: 1,
  textarea: 1,
  pagebreak: 0,
};

/** The name Moodle's label form gives every label item. */
const LABEL_NAME = 'label';

/**
 * One `<item>` of `feedback.xml`, in Moodle's field order. `dependItem` is the Moodle id of the
 * item this one depends on (0: none); `position` counts from 1.
 */
export const feedbackItemXml = (
  item: FeedbackItem,
  id: number,
  position: number,
  dependItem: number,
): XmlNode => {
  const { presentation, options } = feedbackPresentation(item);
  return {
    '@_id': id,
    template: 0,
    name: item.type === 'label' && item.name === '' ? LABEL_NAME : item.name,
    label: item.label,
    presentation,
    typ: item.type,
    hasvalue: HAS_VALUE[item.type],
    position,
    required: item.required ? 1 : 0,
    dependitem: dependItem,
    dependvalue: item.dependValue,
    options,
  };
};

const intIn = (value: number | null, min: number, max: number, fallback: number): number =>
  value === null || !Number.isInteger(value) ? fallback : Math.min(Math.max(value, min), max);

const choiceLayout = (options: string, horizontal: boolean) => ({
  horizontal,
  hideNoSelect: options.includes('h'),
  ignoreEmpty: options.includes('i'),
});

const DISPLAYS = { r: 'radio', c: 'checkbox', d: 'dropdown' } as const;

type Common = Pick<
  FeedbackItem,
  'id' | 'name' | 'label' | 'required' | 'dependItemId' | 'dependValue'
>;

/** The item of one type from its presentation; null for a type the model does not have. */
const typed = (
  typ: string,
  common: Common,
  presentation: string,
  options: string,
): FeedbackItem | null => {
  switch (typ) {
    case 'info':
      return { ...common, type: 'info', info: parseInfo(presentation) };
    case 'label':
      return {
        ...common,
        name: common.name === LABEL_NAME ? '' : common.name,
        type: 'label',
        html: presentation,
      };
    case 'pagebreak':
      return { ...common, type: 'pagebreak' };
    case 'multichoice': {
      const { subtype, lines, horizontal } = parseChoicePresentation(presentation);
      const display = subtype === 'c' || subtype === 'd' ? DISPLAYS[subtype] : 'radio';
      const layout = choiceLayout(options, display !== 'dropdown' && horizontal);
      return {
        ...common,
        type: 'multichoice',
        display,
        options: lines.map((l) => l.slice(0, 1000)),
        ...layout,
      };
    }
    case 'multichoicerated': {
      const { subtype, lines, horizontal } = parseChoicePresentation(presentation);
      const display = subtype === 'd' ? 'dropdown' : 'radio';
      const rated = lines.map(parseRatedOption).map((o) => ({ ...o, text: o.text.slice(0, 1000) }));
      const layout = choiceLayout(options, display !== 'dropdown' && horizontal);
      return { ...common, type: 'multichoicerated', display, options: rated, ...layout };
    }
    case 'numeric': {
      const [min, max] = parsePair(presentation);
      return { ...common, type: 'numeric', min, max };
    }
    case 'textfield': {
      const [size, maxLength] = parsePair(presentation);
      return {
        ...common,
        type: 'textfield',
        size: intIn(size, 1, 255, 30),
        maxLength: intIn(maxLength, 1, 255, 255),
      };
    }
    case 'textarea': {
      const [width, height] = parsePair(presentation);
      return {
        ...common,
        type: 'textarea',
        width: intIn(width, 1, 200, 40),
        height: intIn(height, 1, 100, 5),
      };
    }
    default:
      return null;
  }
};

/**
 * An `<item>` read back: the item (its `dependItemId` left null: the caller resolves
 * `dependItem`, a Moodle id, once every item has its id), or null for a type the model does not
 * have (`captcha`, a plugin's).
 */
export const readFeedbackItem = (
  node: XmlNode,
  id: string,
): { item: FeedbackItem; dependItem: number } | null => {
  const common: Common = {
    id,
    name: mbz.str(node, 'name').slice(0, 1000),
    label: mbz.str(node, 'label').slice(0, 255),
    required: mbz.flag(node, 'required'),
    dependItemId: null,
    dependValue: mbz.str(node, 'dependvalue').slice(0, 255),
  };
  const item = typed(
    mbz.str(node, 'typ'),
    common,
    mbz.str(node, 'presentation'),
    mbz.str(node, 'options'),
  );
  return item === null ? null : { item, dependItem: mbz.num(node, 'dependitem', 0) };
};

import type { Completion } from '../../../../../shared/domain/completion';
import type { XmlNode } from '../../../moodle-xml/xml-node';

/** Moodle's `COMPLETION_TRACKING_AUTOMATIC`. */
const AUTOMATIC = 2;

/**
 * The completion rule a module keeps in its own instance element (forum `completionposts`,
 * assign/choice/feedback `completionsubmit`, glossary `completionentries`): on for an activity
 * completed when submitted; `moduleFields` makes the tracking automatic in `module.xml`.
 */
export const submitRule = (completion: Completion): { on: boolean; moduleFields?: XmlNode } =>
  completion === 'submitted'
    ? { on: true, moduleFields: { completion: AUTOMATIC } }
    : { on: false };

/**
 * For a module without a submit rule (wiki, a url): "submitted" cannot be tracked, so the
 * activity is completed when viewed rather than never.
 */
export const viewedInstead = (completion: Completion): XmlNode | undefined =>
  completion === 'submitted' ? { completion: AUTOMATIC, completionview: 1 } : undefined;

const flag = (node: XmlNode, name: string): boolean => {
  const value = node[name];
  return typeof value === 'string' && value.trim() !== '' && value.trim() !== '0';
};

/**
 * "submitted" when the module's rule is on and `module.xml` tracks completion automatically by
 * that rule alone (not on view, not on a passing grade); otherwise nothing, and the container's
 * reading of `module.xml` stands.
 */
export const readSubmitRule = (module: XmlNode, ruleOn: boolean): { completion?: Completion } => {
  const automatic = module['completion'] === String(AUTOMATIC);
  const other = flag(module, 'completionview') || flag(module, 'completionpassgrade');
  return ruleOn && automatic && !other ? { completion: 'submitted' } : {};
};

import type { Completion } from '../../../shared/domain/completion';
import type { XmlNode } from '../moodle-xml/xml-node';
import { mbz } from './mbz-tree';

/** `module.xml`'s completion fields, in Moodle's order. */
export interface CompletionFields {
  completion: number;
  completiongradeitemnumber: number | null;
  completionpassgrade: number;
  completionview: number;
}

/**
 * Atelier's completion in `module.xml` (COMPLETION_TRACKING_NONE 0, MANUAL 1, AUTOMATIC 2):
 * `viewed` is the view rule, `passing-grade` the pass-grade rule on grade item 0. `submitted`
 * is automatic with no common rule: the module's codec adds its own (`completionsubmit`…) or the
 * "receive a grade" rule through `moduleFields`.
 */
export const completionFields = (completion: Completion): CompletionFields => {
  switch (completion) {
    case 'none':
    case 'manual':
      return {
        completion: completion === 'none' ? 0 : 1,
        completiongradeitemnumber: null,
        completionpassgrade: 0,
        completionview: 0,
      };
    case 'viewed':
      return {
        completion: 2,
        completiongradeitemnumber: null,
        completionpassgrade: 0,
        completionview: 1,
      };
    case 'submitted':
      return {
        completion: 2,
        completiongradeitemnumber: null,
        completionpassgrade: 0,
        completionview: 0,
      };
    case 'passing-grade':
      return {
        completion: 2,
        completiongradeitemnumber: 0,
        completionpassgrade: 1,
        completionview: 0,
      };
  }
};

/**
 * The completion a `module.xml` says, before the codec refines it: pass grade wins, then
 * "receive a grade" (submitted), then view; an automatic rule of the module's own (submit,
 * post…) reads as `submitted`.
 */
export const completionOf = (module: XmlNode): Completion => {
  const tracking = mbz.int(module, 'completion');
  if (tracking === 0) return 'none';
  if (tracking === 1) return 'manual';
  if (mbz.int(module, 'completionpassgrade') === 1) return 'passing-grade';
  if (mbz.text(module, 'completiongradeitemnumber') !== null) return 'submitted';
  return mbz.int(module, 'completionview') === 1 ? 'viewed' : 'submitted';
};

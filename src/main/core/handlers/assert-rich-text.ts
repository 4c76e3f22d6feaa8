import type { RichText } from '../../../shared/domain/rich-text';
import { checkRichText } from '../../../shared/editor/check-rich-text';
import { projectErrors } from '../project-errors';

/** Refuses any document the editor schema cannot hold (unknown nodes, `javascript:` links…). */
export const assertRichText = (fields: Iterable<[string, RichText | null]>): void => {
  for (const [field, doc] of fields) {
    if (doc === null) continue;
    const reason = checkRichText(doc);
    if (reason !== null) throw projectErrors.forbiddenRichText(field, reason);
  }
};

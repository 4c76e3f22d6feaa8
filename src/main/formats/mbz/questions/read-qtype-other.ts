import type { XmlNode } from '../../moodle-xml/xml-node';
import type { TextIn } from './bank-text-in';
import { mbzNode } from './mbz-node';
import { orderingCodes } from './ordering-codes';
import { readAnswers, readCombinedFeedback } from './read-answers';

/** An essay's options; grader information files live in `qtype_essay/graderinfo`. */
export const readEssay = (plugin: XmlNode, questionId: number, textIn: TextIn) => {
  const o = mbzNode.child(plugin, 'essay');
  return {
    type: 'essay',
    responseFormat: mbzNode.str(o, 'responseformat') || 'editor',
    responseRequired: mbzNode.bool(o, 'responserequired', true),
    responseFieldLines: mbzNode.num(o, 'responsefieldlines', 15),
    minWordLimit: mbzNode.intOrNull(o, 'minwordlimit'),
    maxWordLimit: mbzNode.intOrNull(o, 'maxwordlimit'),
    attachments: mbzNode.num(o, 'attachments', 0),
    attachmentsRequired: mbzNode.num(o, 'attachmentsrequired', 0),
    maxBytes: mbzNode.num(o, 'maxbytes', 0),
    fileTypesList: mbzNode.str(o, 'filetypeslist'),
    graderInfo: textIn(
      mbzNode.value(o, 'graderinfo'),
      mbzNode.value(o, 'graderinfoformat'),
      'qtype_essay',
      'graderinfo',
      questionId,
    ),
    responseTemplate: {
      ...textIn(
        mbzNode.value(o, 'responsetemplate'),
        mbzNode.value(o, 'responsetemplateformat'),
        'qtype_essay',
        'responsetemplate',
        questionId,
      ),
      files: [],
    },
  };
};

/** An ordering question: items in their right order (the answer's fraction is its position). */
export const readOrdering = (plugin: XmlNode, questionId: number, textIn: TextIn) => {
  const o = mbzNode.child(plugin, 'ordering');
  const codes = orderingCodes.read({
    layout: mbzNode.num(o, 'layouttype', 0),
    select: mbzNode.num(o, 'selecttype', 0),
    grading: mbzNode.num(o, 'gradingtype', 1),
    showGrading: mbzNode.num(o, 'showgrading', 1),
  });
  if (codes === null) return null;
  return {
    type: 'ordering',
    ...codes,
    selectCount: mbzNode.num(o, 'selectcount', 0),
    numberingStyle: mbzNode.str(o, 'numberingstyle') || 'none',
    combinedFeedback: readCombinedFeedback(o, questionId, textIn),
    items: readAnswers(plugin, textIn)
      .sort((a, b) => a.rawFraction - b.rawFraction)
      .map((a) => a.text),
  };
};

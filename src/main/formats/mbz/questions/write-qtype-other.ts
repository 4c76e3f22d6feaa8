import type { QuestionOf } from '../../../../shared/domain/question';
import type { XmlNode } from '../../moodle-xml/xml-node';
import { mbzTextFormat } from './mbz-text-format';
import { orderingCodes } from './ordering-codes';
import { writeAnswers } from './write-answers';
import { writeCombinedFeedback } from './write-combined-feedback';
import { plainText, type QuestionWriter } from './question-writer';

/** `plugin_qtype_essay_question`: the options row; grader information files go to `qtype_essay`. */
export const writeEssay = (q: QuestionOf<'essay'>, w: QuestionWriter): XmlNode => {
  const graderinfo = w.text(q.graderInfo, 'qtype_essay', 'graderinfo', w.questionId);
  if (q.responseTemplate.files.length > 0)
    w.loss(
      'les fichiers du modèle de réponse (Moodle ne les garde pas)',
      'the response template files (Moodle does not keep them)',
    );
  return {
    essay: {
      '@_id': w.newId(),
      responseformat: q.responseFormat,
      responserequired: q.responseRequired,
      responsefieldlines: q.responseFieldLines,
      minwordlimit: q.minWordLimit,
      maxwordlimit: q.maxWordLimit,
      attachments: q.attachments,
      attachmentsrequired: q.attachmentsRequired,
      graderinfo: graderinfo.text,
      graderinfoformat: graderinfo.format,
      responsetemplate: q.responseTemplate.text,
      responsetemplateformat: mbzTextFormat.code(q.responseTemplate.format),
      filetypeslist: q.fileTypesList,
      maxbytes: q.maxBytes,
    },
  };
};

/**
 * `plugin_qtype_ordering_question`: the items as answers whose fraction is their position
 * (1…n, as `save_question_options` stores them), then the options row.
 */
export const writeOrdering = (q: QuestionOf<'ordering'>, w: QuestionWriter): XmlNode => {
  const { answers } = writeAnswers(
    q.items.map((text, i) => ({
      text,
      fraction: i + 1,
      feedback: plainText(''),
      feedbackFormat: 0,
    })),
    w,
  );
  const c = writeCombinedFeedback(q.combinedFeedback, w);
  const codes = orderingCodes.write(q);
  return {
    answers,
    ordering: {
      '@_id': w.newId(),
      layouttype: codes.layouttype,
      selecttype: codes.selecttype,
      selectcount: q.selectCount,
      gradingtype: codes.gradingtype,
      showgrading: codes.showgrading,
      numberingstyle: q.numberingStyle,
      correctfeedback: c.correctfeedback,
      correctfeedbackformat: c.correctfeedbackformat,
      incorrectfeedback: c.incorrectfeedback,
      incorrectfeedbackformat: c.incorrectfeedbackformat,
      partiallycorrectfeedback: c.partiallycorrectfeedback,
      partiallycorrectfeedbackformat: c.partiallycorrectfeedbackformat,
      shownumcorrect: q.combinedFeedback.showNumCorrect,
    },
  };
};

import type { Question } from '../../../shared/domain/question';
import { php } from '../gift/php-string';
import { xmlOut, type FileResolver } from './xml-out';

const { text, seven, escape, cdata } = xmlOut;
const tf = (value: boolean): string => (value ? 'true' : 'false');
const bit = (value: boolean): string => (value ? '1' : '0');
const line = (tag: string, value: string | number): string =>
  `    <${tag}>${String(value)}</${tag}>\n`;
const percent = (fraction: number): string => php.float(fraction * 100);

/** The elements after the common header, per type, as Moodle 4.5 writes them. */
export const writeXmlQuestion = (q: Question, files: FileResolver): string => {
  const shownum = (on: boolean): string => (on ? '    <shownumcorrect/>\n' : '');
  switch (q.type) {
    case 'multichoice':
      return (
        line('single', tf(q.single)) +
        line('shuffleanswers', tf(q.shuffleAnswers)) +
        line('answernumbering', q.answerNumbering) +
        line('showstandardinstruction', bit(q.showStandardInstruction)) +
        xmlOut.combined(q.combinedFeedback, files) +
        shownum(q.combinedFeedback.showNumCorrect) +
        q.answers
          .map(
            (a) =>
              `    <answer fraction="${percent(a.fraction)}" format="${xmlOut.format(a.text)}">\n` +
              `      <text>${cdata(a.text.text)}</text>\n${xmlOut.files(a.text, files)}` +
              text('feedback', a.feedback, 6, files) +
              '    </answer>\n',
          )
          .join('')
      );
    case 'truefalse':
      return [true, false]
        .map(
          (value) =>
            `    <answer fraction="${value === q.correctAnswer ? '100' : '0'}" format="moodle_auto_format">\n` +
            `      <text>${tf(value)}</text>\n` +
            text('feedback', value ? q.feedbackTrue : q.feedbackFalse, 6, files) +
            '    </answer>\n',
        )
        .join('');
    case 'shortanswer':
      return (
        line('usecase', bit(q.caseSensitive)) +
        q.answers
          .map(
            (a) =>
              `    <answer fraction="${percent(a.fraction)}" format="moodle_auto_format">\n` +
              `      <text>${cdata(a.text)}</text>\n${text('feedback', a.feedback, 6, files)}    </answer>\n`,
          )
          .join('')
      );
    case 'numerical': {
      const units =
        q.units.length === 0
          ? ''
          : `<units>\n${q.units.map((u) => `  <unit>\n    <multiplier>${php.float(u.multiplier)}</multiplier>\n    <unit_name>${escape(u.name)}</unit_name>\n  </unit>\n`).join('')}</units>\n`;
      return (
        q.answers
          .map(
            (a) =>
              `    <answer fraction="${percent(a.fraction)}" format="moodle_auto_format">\n` +
              `      <text>${a.value}</text>\n${text('feedback', a.feedback, 6, files)}` +
              `      <tolerance>${php.float(a.tolerance)}</tolerance>\n    </answer>\n`,
          )
          .join('') +
        units +
        line('unitgradingtype', ['none', 'response', 'question'].indexOf(q.unitGrading)) +
        line('unitpenalty', seven(q.unitPenalty)) +
        line('showunits', ['text', 'radio', 'select', 'none'].indexOf(q.showUnits)) +
        line('unitsleft', bit(q.unitsLeft))
      );
    }
    case 'match':
      return (
        line('shuffleanswers', tf(q.shuffleAnswers)) +
        xmlOut.combined(q.combinedFeedback, files) +
        shownum(q.combinedFeedback.showNumCorrect) +
        q.subquestions
          .map((s) =>
            text(
              'subquestion',
              s.text,
              4,
              files,
              `      <answer>\n        <text>${cdata(s.answer)}</text>\n      </answer>\n`,
            ),
          )
          .join('')
      );
    case 'gapselect':
    case 'ddwtos':
      return (
        line('shuffleanswers', bit(q.shuffleAnswers)) +
        xmlOut.combined(q.combinedFeedback, files) +
        shownum(q.combinedFeedback.showNumCorrect) +
        q.choices
          .map((c) => {
            const tag = q.type === 'gapselect' ? 'selectoption' : 'dragbox';
            const infinite = 'infinite' in c && c.infinite ? '      <infinite/>\n' : '';
            return `    <${tag}>\n      <text>${cdata(c.text)}</text>\n      <group>${String(c.group)}</group>\n${infinite}    </${tag}>\n`;
          })
          .join('')
      );
    case 'essay':
      return (
        line('responseformat', q.responseFormat) +
        line('responserequired', bit(q.responseRequired)) +
        line('responsefieldlines', q.responseFieldLines) +
        line('minwordlimit', q.minWordLimit ?? '') +
        line('maxwordlimit', q.maxWordLimit ?? '') +
        line('attachments', q.attachments) +
        line('attachmentsrequired', q.attachmentsRequired) +
        line('maxbytes', q.maxBytes) +
        line('filetypeslist', escape(q.fileTypesList)) +
        text('graderinfo', q.graderInfo, 4, files) +
        text('responsetemplate', q.responseTemplate, 4, files)
      );
    case 'ordering':
      return (
        line('layouttype', q.layoutType ?? '') +
        line('selecttype', q.selectType ?? '') +
        line('selectcount', q.selectCount) +
        line('gradingtype', q.gradingType ?? '') +
        line('showgrading', q.showGrading ?? '') +
        line('numberingstyle', q.numberingStyle) +
        xmlOut.combined(q.combinedFeedback, files) +
        line('shownumcorrect', bit(q.combinedFeedback.showNumCorrect)) +
        q.items
          .map(
            (item, i) =>
              `    <answer fraction="${String(i + 1)}" format="${xmlOut.format(item)}">\n      <text>${cdata(item.text)}</text>\n${xmlOut.files(item, files)}    </answer>\n`,
          )
          .join('')
      );
    case 'multianswer':
    case 'description':
    case 'kept':
      return '';
  }
};

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Question, QuestionOf, QuestionType } from '../../../../src/shared/domain/question';
import { parseGift } from '../../../../src/main/formats/gift/parse-gift';

const source = readFileSync('test/fixtures/questions/gift-edge-cases.gift', 'utf8');
const result = parseGift(source);
const find = (prefix: string): Question => {
  const found = result.questions.find((q) => q.name.startsWith(prefix));
  if (!found) throw new Error(`no question ${prefix}`);
  return found;
};
const as = <T extends QuestionType>(prefix: string, type: T): QuestionOf<T> => {
  const q = find(prefix);
  expect(q.type).toBe(type);
  return q as QuestionOf<T>;
};
const error = (name: string) => result.report.errors.find((e) => e.questionName === name);
const texts = (q: QuestionOf<'multichoice'>) => q.answers.map((a) => [a.text.text, a.fraction]);

describe('gift-edge-cases.gift, as Moodle 4.5 imported it (README §6)', () => {
  it('E01 nested category with accents; escapes restored in text, answers and feedback', () => {
    const path = result.categories.slice(0, 2).map((c) => c.name);
    expect(path).toEqual(['Évaluation', 'Séquence 2 — « cas limites »']);
    const q = as('E01', 'multichoice');
    expect(q.single).toBe(true);
    expect(q.text.text).toBe(
      'Les caractères spéciaux ~ = # { } : et la barre oblique inverse \\ doivent apparaître tels quels.',
    );
    expect(texts(q)).toEqual([
      ['réponse avec = égal', 1],
      ['réponse avec {accolades}', 0],
      ['réponse avec ~ tilde', 0],
    ]);
    expect(q.answers.map((a) => a.feedback.text)).toEqual([
      'rétroaction avec # dièse',
      'rétroaction avec : deux-points',
      '',
    ]);
  });
  it('E02 \\n becomes a newline; a bare colon is harmless', () => {
    const q = as('E02', 'truefalse');
    expect(q.text.text).toBe('Première ligne\nDeuxième ligne : vrai ?');
    expect(q.correctAnswer).toBe(true);
  });
  it('E03 [html]: first # text goes on the false answer, the second on true', () => {
    const q = as('E03', 'truefalse');
    expect(q.text.format).toBe('html');
    expect(q.text.text).toContain('<span style="color: red">');
    expect(q.feedbackFalse.text).toBe('<p>Non.</p>');
    expect(q.feedbackTrue.text).toBe('<p><em>Exact</em>.</p>');
  });
  it('E04 [markdown] kept as Markdown', () => {
    const q = as('E04', 'multichoice');
    expect(q.text).toMatchObject({
      format: 'markdown',
      text: 'Le **socle** _commun_ comporte :\n\n* cinq domaines\n* un livret',
    });
  });
  it('E05 [plain] keeps tags literal', () => {
    const q = as('E05', 'truefalse');
    expect(q.text).toMatchObject({
      format: 'plain',
      text: 'Texte <b>brut</b> : les balises restent visibles.',
    });
  });
  it('E06 an unknown [latex] marker stays in the text, format moodle (with a warning)', () => {
    const q = as('E06', 'truefalse');
    expect(q.text).toMatchObject({
      format: 'moodle_auto',
      text: '[latex]Un format inconnu reste dans le texte.',
    });
    expect(q.correctAnswer).toBe(false);
    expect(result.report.warnings.some((w) => w.code === 'unknown-format')).toBe(true);
  });
  it('E07 no name: named after its text; two = answers make a one-answer multichoice', () => {
    const q = as('Quel est le cycle de consolidation ?', 'multichoice');
    expect(q.single).toBe(true);
    expect(texts(q)).toEqual([
      ['cycle 3', 1],
      ['3', 1],
      ['cycle 2', 0],
    ]);
  });
  it('E08 unclosed :: is dropped; name and text are the whole text', () => {
    const q = as('E08', 'shortanswer');
    const full = "E08 nom non fermé Quelle est la couleur du cheval blanc d'Henri IV ?";
    expect([q.name, q.text.text]).toEqual([full, full]);
    expect(q.answers).toMatchObject([{ text: 'blanc', fraction: 1 }]);
  });
  it('E09 missing word: braces become _____', () => {
    const q = as('E09', 'multichoice');
    expect(q.text.text).toBe('Le cycle 3 va du CM1 à la _____ incluse.');
    expect(texts(q)).toEqual([
      ['5e', 0],
      ['6e', 1],
      ['4e', 0],
    ]);
  });
  it('E10 {#1..5} is 3 ± 2', () => {
    expect(as('E10', 'numerical').answers).toMatchObject([
      { value: '3', tolerance: 2, fraction: 1 },
    ]);
  });
  it('E11 {#3.14:0.01}', () => {
    expect(as('E11', 'numerical').answers).toMatchObject([{ value: '3.14', tolerance: 0.01 }]);
  });
  it('E12 three answers; "~Non." loses its text (needs ~#Non.)', () => {
    expect(as('E12', 'numerical').answers).toMatchObject([
      { value: '2016', tolerance: 0, fraction: 1, feedback: { text: 'Exact.' } },
      { value: '2016', tolerance: 1, fraction: 0.5, feedback: { text: 'Presque.' } },
      { value: '*', fraction: 0, feedback: { text: '' } },
    ]);
  });
  it('E13 2013 ± 0 at 100 % and 2013 ± 1 at 50 %', () => {
    expect(as('E13', 'numerical').answers).toMatchObject([
      { value: '2013', tolerance: 0, fraction: 1 },
      { value: '2013', tolerance: 1, fraction: 0.5 },
    ]);
  });
  it.each([
    ['E14', 'cinq'],
    ['E15', '1,5'],
  ])('%s non-numeric answer becomes * at 100 %% (warned)', (name, raw) => {
    expect(as(name, 'numerical').answers).toEqual([
      expect.objectContaining({ value: '*', fraction: 1 }),
    ]);
    expect(result.report.warnings).toContainEqual(
      expect.objectContaining({
        code: 'numerical-any-answer',
        message: expect.stringContaining(raw) as string,
      }),
    );
  });
  it('E16 a non-numeric tolerance: refused (Moodle crashes the whole import)', () => {
    expect(error('E16 Numérique tolérance non valide')).toMatchObject({
      code: 'numerical-not-a-number',
      line: 56,
    });
  });
  it('E17 matching with 3 pairs and a distractor', () => {
    const q = as('E17', 'match');
    expect(q.subquestions.map((s) => [s.text.text, s.answer])).toEqual([
      ['Cycle 1', 'apprentissages premiers'],
      ['Cycle 2', 'apprentissages fondamentaux'],
      ['Cycle 3', 'consolidation'],
      ['', 'approfondissements (distracteur)'],
    ]);
  });
  it('E18 matching with one pair: refused, not enough answers (Moodle crashes)', () => {
    expect(error('E18 Appariement une paire')).toMatchObject({
      code: 'not-enough-answers',
      line: 67,
    });
  });
  it('E19 a pair without ->: refused with the offending answer', () => {
    expect(error('E19 Appariement mal formé')).toMatchObject({ code: 'matching-format', line: 70 });
    expect(error('E19 Appariement mal formé')?.messageEn).toContain('Cycle 2');
  });
  it('E20 #### starts the general feedback', () => {
    const q = as('E20', 'multichoice');
    expect(q.generalFeedback.text).toBe("La formative intervient pendant l'apprentissage.");
    expect(texts(q)).toEqual([
      ['formative', 1],
      ['sommative', 0],
    ]);
  });
  it('E21 empty answer part: essay with general feedback, 15 lines, HTML editor', () => {
    const q = as('E21', 'essay');
    expect(q.generalFeedback.text).toBe('Attendus : outil, moment, usage.');
    expect([q.responseFieldLines, q.responseFormat, q.attachments]).toEqual([15, 'editor', 0]);
  });
  it('E22 unclosed brace: refused, "Could not find {...} around answers"', () => {
    expect(error('E22 Accolade non fermée')).toMatchObject({ code: 'brace-missing', line: 79 });
    expect(error('E22 Accolade non fermée')?.messageEn).toBe(
      'Could not find {...} around answers.',
    );
  });
  it('E23 multichoice with one choice: refused, not enough answers', () => {
    expect(error('E23 QCM une réponse')).toMatchObject({ code: 'not-enough-answers', line: 82 });
  });
  it("E24 weights outside Moodle's list: refused with the grades", () => {
    expect(error('E24 Poids non standard')).toMatchObject({ code: 'grades-mismatch', line: 85 });
    expect(error('E24 Poids non standard')?.messageEn).toBe(
      'Grades (0.33, 0.33, 0.34) do not match grade options - question skipped.',
    );
  });
  it('E25 decimal weights are accepted; no = makes several answers', () => {
    const q = as('E25', 'multichoice');
    expect(q.single).toBe(false);
    expect(q.answers.map((a) => a.fraction)).toEqual([0.3333333, 0.3333333, 0.3333333, -1]);
  });
  it('E26 {FAUX} is a shortanswer', () => {
    expect(as('E26', 'shortanswer').answers).toMatchObject([{ text: 'FAUX', fraction: 1 }]);
  });
  it('E27 an unescaped # starts the feedback: the answer is "C"', () => {
    expect(texts(as('E27', 'multichoice'))[0]).toEqual(['C', 1]);
  });
  it('E28 idnumber and tags from the comment', () => {
    const q = as('E28', 'truefalse');
    expect([q.idnumber, q.tags]).toEqual(['gift-é28', ['évaluation formative', 'cycle 3']]);
  });
  it('E29 no braces: description, HTML kept, mark 0', () => {
    const q = as('E29', 'description');
    expect(q.text).toMatchObject({
      format: 'moodle_auto',
      text: 'Lisez attentivement les consignes : <b>sans documents</b>.',
    });
    expect(q.defaultMark).toBe(0);
  });
  it('E30 category without a context goes under top; a blank line splits the question', () => {
    const first = as('E30 Ligne vide', 'description');
    const second = as('seconde partie après une ligne vide.', 'truefalse');
    const category = result.categories.find((c) => c.name === 'Catégorie sans contexte — été');
    expect(category).toMatchObject({ parentId: null, context: 'course' });
    expect([first.categoryId, second.categoryId]).toEqual([category?.id, category?.id]);
  });
  it('whole file: 25 questions (E30 twice), 6 refused, as Moodle with "Stop on error: No" once E16/E18/E23 are out', () => {
    expect(result.report.imported).toBe(25);
    expect(result.report.errors.map((e) => e.questionName?.slice(0, 3))).toEqual([
      'E16',
      'E18',
      'E19',
      'E22',
      'E23',
      'E24',
    ]);
  });
});

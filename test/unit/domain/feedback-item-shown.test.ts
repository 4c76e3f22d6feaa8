import { describe, expect, it } from 'vitest';
import { feedbackDependencyProblem } from '../../../src/shared/domain/feedback-dependency-problem';
import { type FeedbackItem, feedbackItemSchema } from '../../../src/shared/domain/feedback-item';
import { isFeedbackItemShown } from '../../../src/shared/domain/feedback-item-shown';

const item = (input: Record<string, unknown>): FeedbackItem => feedbackItemSchema.parse(input);
const attended = item({ id: 'a', type: 'multichoice', options: ['Oui ', ' Non'] });
const tools = item({ id: 't', type: 'multichoice', display: 'checkbox', options: ['ENT', 'TNI'] });
const rated = item({
  id: 'r',
  type: 'multichoicerated',
  options: [
    { value: 0, text: 'Pas du tout' },
    { value: 2, text: 'Tout à fait' },
  ],
});
const pagebreak = item({ id: 'p', type: 'pagebreak' });
const why = item({ id: 'w', type: 'textarea', dependItemId: 'a', dependValue: 'Non' });

/** Answers as choice indexes; an item missing from `given` has no answer recorded. */
const shown = (target: FeedbackItem, items: FeedbackItem[], given: Record<string, number[]>) =>
  isFeedbackItemShown(target, items, (other) => given[other.id] ?? null);

describe('feedbackDependencyProblem (Moodle dependency_has_error)', () => {
  it('is null without a condition, or with the item before and a page break between', () => {
    expect(feedbackDependencyProblem(attended, [attended, pagebreak, why])).toBeNull();
    expect(feedbackDependencyProblem(why, [attended, pagebreak, why])).toBeNull();
  });

  it('names a missing item, an item after it, and two items on the same page', () => {
    expect(feedbackDependencyProblem(why, [pagebreak, why])).toBe('missing');
    expect(feedbackDependencyProblem(why, [why, pagebreak, attended])).toBe('notBefore');
    expect(feedbackDependencyProblem(why, [attended, why, pagebreak])).toBe('samePage');
  });
});

describe('isFeedbackItemShown (Moodle can_see_item and compare_value)', () => {
  const items = [attended, pagebreak, why];

  it('shows an item whose condition is met: the chosen option’s text, trimmed, equals the value', () => {
    expect(shown(why, items, { a: [1] })).toBe(true);
    expect(shown(why, items, { a: [0] })).toBe(false);
    expect(shown(why, items, { a: [] })).toBe(false);
  });

  it('compares texts exactly (case and inner spaces count)', () => {
    const lower = { ...why, dependValue: 'non' };
    expect(shown(lower, [attended, pagebreak, lower], { a: [1] })).toBe(false);
  });

  it('meets a condition on checkboxes when any checked option has the text', () => {
    const ask = item({ id: 'x', type: 'textfield', dependItemId: 't', dependValue: 'TNI' });
    const list = [tools, pagebreak, ask];
    expect(shown(ask, list, { t: [0, 1] })).toBe(true);
    expect(shown(ask, list, { t: [0] })).toBe(false);
  });

  it('compares a rated option’s text, not its value', () => {
    const byText = item({
      id: 'x',
      type: 'textfield',
      dependItemId: 'r',
      dependValue: 'Tout à fait',
    });
    const byValue = { ...byText, dependValue: '2' };
    expect(shown(byText, [rated, pagebreak, byText], { r: [1] })).toBe(true);
    expect(shown(byValue, [rated, pagebreak, byValue], { r: [1] })).toBe(false);
  });

  it('shows an item whose condition Moodle cannot apply, whatever was answered', () => {
    expect(shown(why, [attended, why], { a: [0] })).toBe(true);
    expect(shown(why, [why, pagebreak, attended], { a: [0] })).toBe(true);
    expect(shown(why, [pagebreak, why], {})).toBe(true);
  });

  it('shows an item whose item has no answer yet, unless that item is itself hidden', () => {
    expect(shown(why, items, {})).toBe(true);
    const then = item({
      id: 'n',
      type: 'multichoice',
      dependItemId: 'a',
      dependValue: 'Non',
      options: ['A'],
    });
    const last = item({ id: 'z', type: 'textfield', dependItemId: 'n', dependValue: 'A' });
    const chain = [attended, pagebreak, then, pagebreak, last];
    expect(shown(last, chain, { a: [0] })).toBe(false);
    expect(shown(last, chain, { a: [1] })).toBe(true);
  });

  it('hides an item whose condition is met when the item it depends on is hidden', () => {
    const then = item({
      id: 'n',
      type: 'multichoice',
      dependItemId: 'a',
      dependValue: 'Non',
      options: ['A'],
    });
    const last = item({ id: 'z', type: 'textfield', dependItemId: 'n', dependValue: 'A' });
    const chain = [attended, pagebreak, then, pagebreak, last];
    expect(shown(last, chain, { a: [0], n: [0] })).toBe(false);
    expect(shown(last, chain, { a: [1], n: [0] })).toBe(true);
  });
});

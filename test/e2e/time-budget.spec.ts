import type { Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { coreInvoke } from './core-invoke';
import { expect, test } from './fixtures';
import { BudgetModel } from './pages/budget-model';
import { screenshot } from './screenshot';
import { startProjectWithPage } from './start-project';

interface OutlineLike {
  parcours: { id: string };
  sections: { id: string; activities: { id: string; title: string }[] }[];
}

const firstActivity = async (page: Page) => {
  const project = await coreInvoke<{ parcours: { id: string }[] }>(page, 'project.current', {});
  const parcoursId = project.parcours[0]?.id ?? '';
  const outline = await coreInvoke<OutlineLike>(page, 'parcours.outline', { id: parcoursId });
  const section = outline.sections[0];
  return { sectionId: section?.id ?? '', activityId: section?.activities[0]?.id ?? '' };
};

test('le budget temps suit les durées estimées et les modalités', async ({ app }) => {
  const { page } = app;
  await startProjectWithPage(page, { hours: '3' });
  const budget = new BudgetModel(page);
  await expect(budget.total).toHaveText('Total estimé : 0 min sur 3 h déclarées');
  await expect(budget.delta).toContainText('3 h en dessous du budget');
  await expect(budget.gauge).toBeVisible();
  await expect(budget.panel.getByText('1 activité sans durée estimée')).toBeVisible();

  const { sectionId, activityId } = await firstActivity(page);
  await coreInvoke(page, 'activity.update', { id: activityId, patch: { estimatedMinutes: 225 } });
  await expect(budget.total).toHaveText('Total estimé : 3 h 45 sur 3 h déclarées', {
    timeout: 1_000,
  });
  await expect(budget.delta).toContainText('45 min au-dessus du budget');
  await expect(budget.legend('Distance asynchrone')).toContainText('3 h 45');
  await expect(budget.gauge.locator('rect[data-modality="distance-async"]')).toHaveCount(1);
  await screenshot(page, 'time-budget-over', app.target);

  await coreInvoke(page, 'section.update', {
    id: sectionId,
    patch: { modality: 'presentiel', phase: { kind: 'week', week: 2 } },
  });
  await expect(budget.legend('Présentiel')).toContainText('3 h 45', { timeout: 1_000 });
  await expect(budget.legend('Distance asynchrone')).toContainText('0 min');
  await expect(budget.panel.getByRole('table')).toContainText('Semaine 2');
  await expect(budget.timeline.locator('rect[data-section]')).toHaveCount(1);

  await coreInvoke(page, 'activity.update', { id: activityId, patch: { estimatedMinutes: 170 } });
  await expect(budget.total).toHaveText('Total estimé : 2 h 50 sur 3 h déclarées', {
    timeout: 1_000,
  });
  await expect(budget.delta).toContainText('10 min en dessous du budget (dans la marge de ±10 %)');

  // The same through the activity's own settings, as an author types it.
  const minutesField = page.getByLabel('Durée estimée (minutes)');
  await minutesField.fill('200');
  await minutesField.press('Tab');
  await expect(budget.total).toHaveText('Total estimé : 3 h 20 sur 3 h déclarées', {
    timeout: 1_500,
  });
  await expect(budget.delta).toContainText('20 min au-dessus du budget');
  await expectNoAxeViolations(page, 'the project screen with the time budget');
  await screenshot(page, 'time-budget', app.target);
});

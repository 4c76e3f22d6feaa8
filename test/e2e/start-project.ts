import { type Page, expect } from '@playwright/test';
import { PageEditorModel } from './pages/page-editor-model';
import { ProjectPage } from './pages/project-page';
import { WelcomePage } from './pages/welcome-page';

/** A new project with one parcours, one section and one page open in the editor. */
export const startProjectWithPage = async (
  page: Page,
  options: { section?: string; pageTitle?: string; hours?: '3' | '6' | '9' } = {},
) => {
  const welcome = new WelcomePage(page);
  await welcome.expectVisible();
  await welcome.createProject('Médias et budget');
  const project = new ProjectPage(page);
  await expect(project.title('Médias et budget')).toBeVisible();
  await project.createParcours('Évaluer pour faire apprendre', { hours: options.hours ?? '3' });
  const section = options.section ?? 'Apports';
  await project.addSection(section);
  await project.addPage(section);
  const editor = new PageEditorModel(page);
  await editor.setTitle(options.pageTitle ?? 'Ressources');
  await project.expectSaved();
  return { project, editor };
};

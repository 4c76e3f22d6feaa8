import { randomBytes } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { WelcomePage } from './pages/welcome-page';
import { screenshot } from './screenshot';

test('un fichier endommagé est expliqué en français et laissé intact', async ({ app }) => {
  const { page } = app;
  const damaged = join(app.projectDir, 'abime.atelier');
  const bytes = randomBytes(64 * 1024);
  await writeFile(damaged, bytes);

  const welcome = new WelcomePage(page);
  await welcome.expectVisible();
  await welcome.openByPath(damaged);

  const dialog = welcome.errorDialog();
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText(
    /est endommagé ou n’est pas un projet Atelier|n’est pas un projet Atelier/,
  );
  await expect(dialog).toContainText('Il n’a pas été modifié');
  await screenshot(page, 'open-error', app.target);
  await dialog.getByRole('button', { name: 'Fermer' }).click();
  await expect(dialog).toBeHidden();
  await expect(welcome.openProjectButton).toBeFocused();

  expect((await readFile(damaged)).equals(bytes)).toBe(true);
});

test('un fichier introuvable est signalé', async ({ app }) => {
  const welcome = new WelcomePage(app.page);
  await welcome.expectVisible();
  await welcome.openByPath(join(app.projectDir, 'absent.atelier'));
  await expect(welcome.errorDialog()).toContainText('introuvable');
});

import { expect, test as setup } from '@playwright/test';
import { authFile, login, ROLES } from './helpers';

for (const role of ROLES) {
  setup(`log in as ${role}`, async ({ page }) => {
    await login(page, role);
    await expect(page).not.toHaveURL(/\/login/);
    await page.context().storageState({ path: authFile(role) });
  });
}

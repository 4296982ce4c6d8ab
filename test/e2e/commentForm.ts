// Writing a comment, a reply or an edit as a user does: fill the form's field, press «Lagre», and wait until the form
// has closed and the saved text is shown. Waiting on the text alone is a race: for a moment after saving, the form's
// field still holds the same words beside the saved comment (strict-mode violations in CI).
import type { Locator, Page } from 'playwright-core';

/**
 * `scope`: where the form and its «Lagre» are (a thread card, a comments pane, the page); `field`: the form's label
 * (e.g. «Svar til Ola Hansen»). Returns the saved text, found within `shownIn` (default: `scope`).
 */
export async function saveCommentForm(scope: Locator | Page, field: string, body: string, shownIn: Locator | Page = scope): Promise<Locator> {
  const box = scope.getByRole('textbox', { name: field, exact: true });
  await box.fill(body);
  await scope.getByRole('button', { name: 'Lagre', exact: true }).click();
  await box.waitFor({ state: 'detached' });
  const saved = shownIn.getByText(body, { exact: true });
  await saved.waitFor();
  return saved;
}

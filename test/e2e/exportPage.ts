// Exporting from the Eksport page as a person does: type the output path, press «Eksporter», wait for the result.
import type { Page } from 'playwright-core';

/**
 * Waits until the page shows the export of `out` as done, and fails at once with the page's own words when it shows the
 * export as failed or refused (a bare wait would only time out). The bound is generous: on a busy 2-core machine a
 * whole plan's export has taken most of a minute.
 */
export async function exportDone(page: Page, out: string, timeout = 110_000): Promise<void> {
  const done = page.getByTestId('export-done').filter({ hasText: out });
  const failed = page.getByTestId('export-failed');
  await done.or(failed).first().waitFor({ timeout });
  if (await failed.isVisible()) throw new Error(`the export of ${out} failed: ${await failed.textContent()}`);
}

/** Types `out` as the output path, presses «Eksporter» and waits for the result (see exportDone). */
export async function exportTo(page: Page, out: string): Promise<void> {
  await page.getByTestId('export-path').fill(out);
  await page.getByRole('button', { name: 'Eksporter', exact: true }).click();
  await exportDone(page, out);
}

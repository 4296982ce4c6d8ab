// axe-core over the app's page with the WCAG 2.1 A/AA rules, as the E2E tests check every page and state.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/**
 * Fluent UI's tabster puts focusable, aria-hidden "dummy" <i> elements around focus groups (TabList, Toolbar, …) that
 * hand focus on at once; axe reports them under aria-hidden-focus. Fluent calls this by design and Accessibility
 * Insights suppresses exactly these nodes (microsoft/tabster#288, microsoft/accessibility-insights-web#7605). Only
 * those nodes of that one rule are set aside; anything else counts.
 */
function isTabsterGuard(ruleId: string, html: string): boolean {
  return ruleId === 'aria-hidden-focus' && /^<i [^>]*data-tabster-dummy[^>]*><\/i>$/.test(html);
}

/** The violations on the page, one line each (rule, impact, help, the first few elements); [] when there are none. */
export async function axeViolations(page: Page, options: { exclude?: string } = {}): Promise<string[]> {
  // Colours are read as they are drawn: a button still fading from disabled to enabled (Fluent's transitions) would be
  // measured mid-way, so running transitions and animations finish first.
  await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished.catch(() => undefined))));
  let builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']);
  // An excluded frame (the export preview, checked on its own) is also not entered.
  if (options.exclude) builder = builder.exclude(options.exclude).options({ iframes: false });
  const result = await builder.analyze();
  return result.violations
    .map((v) => ({ ...v, nodes: v.nodes.filter((n) => !isTabsterGuard(v.id, n.html)) }))
    .filter((v) => v.nodes.length > 0)
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => `${n.target.join(' ')} ${n.html.slice(0, 120)}`).slice(0, 3).join(' | ')}`);
}

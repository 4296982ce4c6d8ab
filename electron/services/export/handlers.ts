// The API handlers of the Eksport page, spread into the handlers map by every transport.
import type { Browser } from 'playwright-core';
import type { Handlers } from '../../../shared/api/contract';
import { PlanverkError } from '../../../shared/api/errors';
import { checkAccessibility } from '../../../shared/document/accessibility';
import { buildDocument } from '../../../shared/document/builder';
import { renderHtml } from '../../../shared/document/html/htmlRenderer';
import type { PlanData } from '../../../shared/domain/plan';
import { exportPlan } from './exportPlan';

export type ExportDeps = {
  /** The open plan, or null when none is open. */
  currentPlan: () => PlanData | null;
  /** A warm browser to print PDFs with (the app keeps one); without it each PDF export starts Chromium. */
  browser?: () => Promise<Browser>;
};

export function createExportHandlers(deps: ExportDeps): Pick<Handlers, 'export.check' | 'export.preview' | 'export.run'> {
  const plan = (): PlanData => {
    const current = deps.currentPlan();
    if (!current) throw new PlanverkError('NO_PLAN_OPEN');
    return current;
  };
  return {
    'export.check': () => checkAccessibility(plan()),
    'export.preview': ({ part, watermark }) => ({ html: renderHtml(buildDocument(plan(), { part, watermark })) }),
    'export.run': async ({ format, out, part, watermark }) =>
      exportPlan(plan(), { format, out, part, watermark, ...(format === 'pdf' && deps.browser ? { browser: await deps.browser() } : {}) }),
  };
}

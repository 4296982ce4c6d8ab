// The versions.* calls; the export of a version is the ordinary export of the plan as it was.
import type { Handlers } from '../../../shared/api/contract';
import { PlanverkError } from '../../../shared/api/errors';
import { buildDocument } from '../../../shared/document/builder';
import { renderHtml } from '../../../shared/document/html/htmlRenderer';
import { exportPlan } from '../export/exportPlan';
import type { OpenOptions, PlanFile } from '../store';
import { viewAtVersion } from './planAtVersion';
import { versionRow, versionInfo } from './versionRows';
import { deleteVersion, listVersions, makeVersion, readVersion, restoreVersion } from './versionService';

export type VersionHandlerDeps = { currentPlan: () => PlanFile | null; store?: OpenOptions };
type VersionCall = 'versions.list' | 'versions.make' | 'versions.view' | 'versions.preview' | 'versions.export' | 'versions.restore' | 'versions.delete';

export function createVersionHandlers(deps: VersionHandlerDeps): Pick<Handlers, VersionCall> {
  const open = (): PlanFile => {
    const file = deps.currentPlan();
    if (!file) throw new PlanverkError('NO_PLAN_OPEN');
    return file;
  };
  const store = deps.store ?? {};
  return {
    'versions.list': () => {
      const file = open();
      const me = file.currentAuthor?.id;
      return listVersions(file).map((v) => ({ ...v, mine: v.author === null || v.author.id === me }));
    },
    'versions.make': ({ name, note }) => makeVersion(open(), { name, ...(note === undefined ? {} : { note }) }),
    'versions.view': ({ id }) => {
      const file = open();
      const row = versionRow(file.database, id);
      if (!row) throw new PlanverkError('NOT_FOUND', id, { key: 'versionNotFound' });
      return { version: versionInfo(row), plan: viewAtVersion(file.database, id, store) };
    },
    'versions.preview': ({ id }) => {
      const { version, plan } = readVersion(open(), id, store);
      return { version, html: renderHtml(buildDocument(plan, { part: 'plan', watermark: 'none', watermarkPlacement: 'diagonal' })) };
    },
    'versions.export': async ({ id, format, out, part, watermark, watermarkPlacement }) => {
      const file = open();
      const { plan } = readVersion(file, id, store);
      return exportPlan(plan, { format, out, part, watermark, watermarkPlacement, openPlan: file.path });
    },
    'versions.restore': ({ id, path }) => ({ path: restoreVersion(open(), id, path, store) }),
    'versions.delete': ({ id }) => {
      deleteVersion(open(), id);
      return { deleted: true as const };
    },
  };
}

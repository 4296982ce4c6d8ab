import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/run';
import { LIVE_BLOCK_KINDS } from '../../shared/editor/nodes';
import { canonicalPlanJson, parsePlanJson } from '../../shared/interchange/planJson';
import { tempDir } from '../services/store/helpers';

const tmp = tempDir('planverk-format-doc-');
afterAll(() => tmp.cleanup());
const planBlock = (): string => [...DOC.matchAll(/```json\n([\s\S]*?)\n```/g)].map((m) => m[1]!).find((b) => b.includes('"formatVersion"'))!;

const DOC = readFileSync(fileURLToPath(new URL('../../docs/plan-format.md', import.meta.url)), 'utf8');

describe('docs/plan-format.md', () => {
  it('its hand-written planprogram imports and survives a canonical round trip', () => {
    // The plan example (the page also shows a profile file, whose block has no formatVersion).
    const block = [...DOC.matchAll(/```json\n([\s\S]*?)\n```/g)].map((m) => m[1]!).find((b) => b.includes('"formatVersion"'));
    expect(block).toBeDefined();
    const parsed = parsePlanJson(block!);
    expect(parsed.ok ? 'ok' : `${parsed.path}: ${parsed.message}`).toBe('ok');
    if (!parsed.ok) return;
    expect(parsed.plan.plan.planType).toBe('planprogram');
    const again = parsePlanJson(canonicalPlanJson(parsed.plan));
    expect(again.ok && canonicalPlanJson(again.plan)).toBe(canonicalPlanJson(parsed.plan));
  });

  it('describes every collection of the format', () => {
    for (const key of ['plan', 'groups', 'themes', 'areas', 'areaNotes', 'cells', 'legend', 'chapters', 'assets', 'milestones', 'orgRoles', 'laws', 'documents', 'measures', 'hearingParties', 'inputs']) {
      expect(DOC).toContain(`\`${key}`);
    }
  });

  it('describes the live-block node and every live-block kind', () => {
    expect(DOC).toContain('"type": "liveBlock"');
    for (const kind of LIVE_BLOCK_KINDS) expect(DOC, kind).toMatch(new RegExp(`\\| \`${kind}\` \\|`));
  });

  it('its hand-written planprogram, imported and exported by the CLI, has its tables in the DOCX and the HTML', async () => {
    const json = tmp.file('program.json');
    writeFileSync(json, planBlock());
    const plan = tmp.file('program.planverk');
    const io = { out: () => {}, err: () => {} };
    expect(await runCli(['new', plan, '--from', json], io)).toBe(0);
    expect(await runCli(['export', plan, '--format', 'docx', '--out', tmp.file('program.docx')], io)).toBe(0);
    expect(await runCli(['export', plan, '--format', 'html', '--out', tmp.file('program.html')], io)).toBe(0);
    const docx = (await (await JSZip.loadAsync(readFileSync(tmp.file('program.docx')))).file('word/document.xml')!.async('string'))
      .replace(/<[^>]+>/g, '')
      .replace(/\u2011/g, '-'); // law ids are written with non-breaking hyphens (U+2011) so that they never break
    const html = readFileSync(tmp.file('program.html'), 'utf8');
    const captions = [
      'Prosjektbeskrivelse',
      'Innsatsområder i planarbeidet',
      'Lover',
      'Nasjonale, regionale og lokale føringer',
      'Organisering av planarbeidet',
      'Milepælsplan',
      'Oversikt over delplanområder og hovedansvar',
      'Alles ansvar',
      'Hovedansvar – Arbeidsgruppe 1: Hjemmetjenester',
      'Høring og offentlig ettersyn',
    ];
    for (const caption of captions) {
      expect(docx, `DOCX ${caption}`).toMatch(new RegExp(`Tabell \\d+: ${caption}`));
      expect(html, `HTML ${caption}`).toMatch(new RegExp(`<caption[^>]*>Tabell \\d+: ${caption}</caption>`));
    }
    // The rows come from the plan's collections, not from the chapter text.
    for (const text of ['LOV-2008-06-27-71', 'Planrådgiver', 'Planprogram fastsatt', 'Eldrerådet', 'Kompetanse', 'Hvordan kan flere bo trygt hjemme?']) {
      expect(docx, text).toContain(text);
    }
  });
});

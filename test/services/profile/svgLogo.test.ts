// Issue 12 item 14: an SVG logo never reaches a plan as SVG. Each attack the old text filter let through is either
// refused with one sentence (plan unchanged) or drawn to a PNG that carries nothing of the SVG's markup.
import { writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { createProfileHandlers } from '../../../electron/services/profile/handlers';
import { createPlanFile } from '../../../electron/services/store';
import type { PlanverkError } from '../../../shared/api/errors';
import { sha256File, smallPlan, tempDir } from '../store/helpers';

const tmp = tempDir('planverk-svglogo-');
afterAll(() => tmp.cleanup());

const SVG = 'xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="40" height="40"';
const attacks: [string, string][] = [
  ['a script element with a prefix bound to the SVG namespace', `<s:svg xmlns:s="http://www.w3.org/2000/svg" width="40" height="40"><s:script>alert(1)</s:script><s:rect width="40" height="40"/></s:svg>`],
  ['a prefixed foreignObject with HTML', `<s:svg xmlns:s="http://www.w3.org/2000/svg" width="40" height="40"><s:foreignObject width="40" height="40"><p xmlns="http://www.w3.org/1999/xhtml">hei</p></s:foreignObject></s:svg>`],
  ['a javascript: link spelled with a character reference', `<svg ${SVG}><a href="java&#x73;cript:alert(1)"><rect width="40" height="40"/></a></svg>`],
  ['an external image', `<svg ${SVG}><image href="http://angriper.example/spor.png" width="40" height="40"/></svg>`],
  ['a local file as an image', `<svg ${SVG}><image xlink:href="file:///etc/passwd" width="40" height="40"/></svg>`],
  ['a DOCTYPE with an ENTITY', `<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/passwd">]><svg ${SVG}><text>&x;</text></svg>`],
  ['an event handler with a prefix', `<svg ${SVG} xmlns:e="http://www.w3.org/2000/svg"><rect e:onload="alert(1)" width="40" height="40"/></svg>`],
  ['a style sheet import', `<svg ${SVG}><style>@import url(http://angriper.example/a.css);</style><rect width="40" height="40"/></svg>`],
];

function profileWith(svg: string): string {
  return JSON.stringify({ format: 'planverk-profil', version: 1, color: '#1f4e79', font: 'Calibri', logo: { mime: 'image/svg+xml', name: 'vapen.svg', alt: 'Kommunevåpen', dataBase64: Buffer.from(svg).toString('base64') } });
}

describe('SVG logos', () => {
  it.each(attacks)('a profile whose SVG logo has %s never puts SVG markup in the plan', async (label, svg) => {
    const planPath = tmp.file(`${label.replace(/\W+/g, '-')}.planverk`);
    const file = createPlanFile(planPath, smallPlan());
    const handlers = createProfileHandlers({ currentPlan: () => file });
    const before = sha256File(planPath);
    writeFileSync(tmp.file('logo.planverkprofil'), profileWith(svg));
    let refused: PlanverkError | null = null;
    try {
      await handlers['profile.importFile']({ path: tmp.file('logo.planverkprofil') });
    } catch (err) {
      refused = err as PlanverkError;
    }
    try {
      if (refused) {
        expect(refused.code).toBe('INVALID_PROFILE');
        expect(refused.message).toMatch(/^Profilfilen kan ikke brukes fordi .+; planen er ikke endret\.$/);
        expect(sha256File(planPath)).toBe(before);
      } else {
        const view = file.readPlanView();
        const logo = view.assets.find((a) => a.id === view.plan.profileLogoAssetId)!;
        expect(logo.mime).toBe('image/png');
        expect(logo.name).toBe('vapen.png');
        const bytes = file.readAsset(logo.id)!;
        expect(bytes.subarray(1, 4).toString()).toBe('PNG');
        expect(bytes.includes(Buffer.from('script')) || bytes.includes(Buffer.from('<svg'))).toBe(false);
      }
    } finally {
      file.close();
    }
  });

  it('a plain SVG logo is stored as a PNG drawn from it, through «Velg logo» and a profile file alike', async () => {
    const file = createPlanFile(tmp.file('ren.planverk'), smallPlan());
    const handlers = createProfileHandlers({ currentPlan: () => file });
    const svg = `<svg ${SVG}><circle cx="20" cy="20" r="15" fill="#1f4e79"/></svg>`;
    const { id } = await handlers['profile.setLogo']({ name: 'vapen.svg', mime: 'image/svg+xml', dataBase64: Buffer.from(svg).toString('base64'), alt: 'Kommunevåpen' });
    const meta = file.readPlanView().assets.find((a) => a.id === id)!;
    expect([meta.mime, meta.name]).toEqual(['image/png', 'vapen.png']);
    expect(file.readAsset(id)!.readUInt32BE(16)).toBe(1200); // PNG width
    file.close();
  });
});

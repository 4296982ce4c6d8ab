import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { timelineSvg } from '../../shared/plantables/timeline';
import type { Milestone } from '../../shared/domain/plan';

const m = (id: string, name: string, from: string | null, to: string | null = null): Milestone => ({ id, sortKey: 1, name, time: '', from, to, phase: null });

function parseSvg(svg: string) {
  const dom = new JSDOM('');
  const doc = new dom.window.DOMParser().parseFromString(svg, 'image/svg+xml');
  expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
  return doc;
}

describe('timeline SVG', () => {
  const milestones = [m('1', 'Oppstart', '2024-01'), m('2', 'Høring av planprogram', '2024-03-22', '2024-05-03'), m('3', 'Kartlegging', '2024-08', '2025-01'), m('4', 'Uten dato', null)];

  it('is a standalone, well-formed SVG image with a title and a description of every milestone', () => {
    const doc = parseSvg(timelineSvg(milestones, 'nb'));
    const svg = doc.documentElement;
    expect(svg.getAttribute('xmlns')).toBe('http://www.w3.org/2000/svg');
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.getAttribute('aria-labelledby')).toBe('milepaeler-title milepaeler-desc');
    expect(doc.getElementById('milepaeler-title')?.textContent).toBe('Milepælsplan');
    const desc = doc.getElementById('milepaeler-desc')?.textContent ?? '';
    expect(desc).toContain('Høring av planprogram: 22.03.2024 – 03.05.2024');
    expect(desc).toContain('Uten dato: uten tidspunkt');
    // One mark per dated milestone (a dot for a month or day, a bar for a range) and a year label for 2024 and 2025.
    expect(doc.getElementsByTagName('circle')).toHaveLength(0);
    expect(doc.getElementsByTagName('rect').length).toBe(1 + 3);
    const texts = [...doc.getElementsByTagName('text')].map((t) => t.textContent);
    expect(texts).toEqual(expect.arrayContaining(['2024', '2025', 'Oppstart', 'Uten dato']));
  });

  it('draws a single day as a dot and speaks nynorsk in a nynorsk plan', () => {
    const doc = parseSvg(timelineSvg([m('1', 'Seminar', '2024-11-12')], 'nn', { idPrefix: 'tl2' }));
    expect(doc.getElementsByTagName('circle')).toHaveLength(1);
    expect(doc.getElementById('tl2-title')?.textContent).toBe('Milepælplan');
  });

  it('escapes hostile milestone names: no injected elements, attributes or scripts, and stays well-formed', () => {
    const hostile = '</text><script>alert(1)</script><text onload="x()">&amp; "quoted" \'single\' \u0000\u0007\ud800 ]]> <!-- c -->';
    const svg = timelineSvg([m('1', hostile, '2024-06'), m('2', 'A & B <C>', '2024-07')], 'nb', { idPrefix: '"><script>x</script>', color: 'red" onclick="x()' });
    expect(svg).not.toContain('<script');
    expect(svg).not.toContain('<text onload');
    expect([...svg].filter((c) => c.charCodeAt(0) < 9)).toEqual([]);
    const doc = parseSvg(svg);
    expect(doc.getElementsByTagName('script')).toHaveLength(0);
    const attributes = [...doc.getElementsByTagName('*')].flatMap((el) => [...el.attributes].map((a) => a.name));
    expect(attributes.filter((a) => a.startsWith('on'))).toEqual([]);
    expect(doc.getElementsByTagName('rect')[1]?.getAttribute('fill')).toBe('#1f4e79');
    const names = [...doc.getElementsByTagName('text')].map((t) => t.textContent ?? '');
    expect(names).toContain('A & B <C>');
    expect(names.some((n) => n.startsWith('</text><script>'))).toBe(true);
    expect(doc.querySelector('desc')?.textContent).toContain('<script>alert(1)</script>');
  });

  it('says that there are no milestones when the list is empty', () => {
    const doc = parseSvg(timelineSvg([], 'nb'));
    expect(doc.querySelector('desc')?.textContent).toBe('Ingen milepæler er registrert.');
  });
});

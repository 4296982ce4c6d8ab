import { describe, expect, it } from 'vitest';
import { buildMerknadsbehandling } from '../../shared/plantables/merknadsbehandling';
import { input, testPlan } from './frames';

function hearingPlan(malform: 'nb' | 'nn') {
  const plan = testPlan(malform, { hearingStart: '2025-04-15', hearingEnd: '2025-06-02' });
  plan.inputs = [
    input('late', { sender: 'Ola Nordmann', receivedDate: '2025-06-04', summary: 'Kom sent', sortKey: 1 }),
    input('b', { sender: 'Eldrerådet', senderType: 'offentlig-instans', receivedDate: '2025-05-12', sortKey: 5, summary: 'Møteplassar', assessment: 'Teke inn', conclusion: 'tatt-til-folge' }),
    input('a', { sender: 'Fagforbundet', senderType: 'organisasjon', receivedDate: '2025-05-12', sortKey: 2, conclusion: 'ikke-tatt-til-folge' }),
    input('c', { sender: 'Statsforvaltaren', receivedDate: '2025-05-28', sortKey: 1, conclusion: 'tas-til-orientering' }),
  ];
  return plan;
}

describe('merknadsbehandling', () => {
  it('has nynorsk headers, conclusions and words in a nynorsk plan', () => {
    const m = buildMerknadsbehandling(hearingPlan('nn'));
    expect(m.title).toBe('Merknadshandsaming');
    expect(m.headers).toEqual({ sender: 'Avsendar', summary: 'Samandrag av innspel', assessment: 'Vurderinga til kommunen', conclusion: 'Konklusjon' });
    expect(m.rows.map((r) => r.conclusionLabel)).toEqual(['Ikkje teke til følgje', 'Teke til følgje', 'Vert teke til orientering', 'Ikkje vurdert']);
    expect(m.rows[1]!.senderTypeLabel).toBe('Offentleg instans');
    expect(m.progress.text).toBe('3 av 4 innspel vurdert');
    const text = JSON.stringify(m);
    for (const bokmal of ['Avsender', 'Sammendrag', 'Kommunens vurdering', 'Tatt til følge', 'Ikke ', 'innspill']) expect(text).not.toContain(bokmal);
  });

  it('has bokmål headers in a bokmål plan', () => {
    const m = buildMerknadsbehandling(hearingPlan('nb'));
    expect(m.headers).toEqual({ sender: 'Avsender', summary: 'Sammendrag av innspill', assessment: 'Kommunens vurdering', conclusion: 'Konklusjon' });
    expect(m.rows[0]!.conclusionLabel).toBe('Ikke tatt til følge');
    expect(m.deadlineText).toBe('02.06.2025');
  });

  it('orders rows by date received then sortKey, and marks the late input but keeps it', () => {
    const m = buildMerknadsbehandling(hearingPlan('nb'));
    expect(m.rows.map((r) => r.id)).toEqual(['a', 'b', 'c', 'late']);
    expect(m.rows.map((r) => r.late)).toEqual([false, false, false, true]);
    expect(m.rows[3]).toMatchObject({ sender: 'Ola Nordmann', receivedText: '04.06.2025', summary: 'Kom sent' });
  });
});

// The lint guard of the one command path: a page or the editor that writes the plan store, or calls plan.mutate /
// plan.undo / plan.redo itself, fails eslint (and the row-order rule still holds there: flat config keeps only the
// last no-restricted-syntax setting per file, so a later rule block must carry both lists).
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function restrictedSyntaxIn(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-syntax').map((m) => m.message);
}

const OFFENDING = `import { api } from '../../api/client';
import { usePlanStore } from '../../app/planStore';
export async function edit(): Promise<void> {
  usePlanStore.setState({ plan: null });
  usePlanStore.getState().change([], 'now');
  await api.call('plan.mutate', { changes: [] });
  await api.call('plan.undo', {});
  await api.call('plan.redo', {});
}
export const byOrder = (a: { sortKey: number }, b: { sortKey: number }): number => a.sortKey - b.sortKey;
`;

describe('the command path lint guard', () => {
  it('refuses a feature file that writes the plan store or calls plan.mutate/undo/redo itself, and keeps the row-order rule there', async () => {
    for (const file of ['renderer/features/plan/guardProbe.ts', 'renderer/editor/guardProbe.ts']) {
      const messages = await restrictedSyntaxIn(file, OFFENDING);
      expect(messages.filter((m) => m.includes('renderer/commands'))).toHaveLength(5);
      expect(messages.filter((m) => m.includes('rowOrder.ts'))).toHaveLength(1);
    }
  });

  it('lets the command module itself write the store and call plan.mutate', async () => {
    const messages = await restrictedSyntaxIn('renderer/commands/guardProbe.ts', OFFENDING.replaceAll('../../', '../'));
    expect(messages.filter((m) => m.includes('renderer/commands'))).toEqual([]);
  });
});

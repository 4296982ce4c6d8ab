// The grid's context menu (right click, Shift+F10, the context-menu key): add, rename, delete, move to another theme,
// hand the responsibility to another group, open the detail panel.
import { Menu, MenuDivider, MenuItem, MenuList, MenuPopover, MenuTrigger } from '@fluentui/react-components';
import { useState } from 'react';
import { randomId } from '../../../shared/domain/ids';
import type { PlanRows } from '../../../shared/domain/planView';
import { sortRows } from '../../../shared/domain/rowOrder';
import { addArea, addGroup, addTheme, deleteArea, deleteGroup, deleteTheme, moveAreaToTheme, renameArea, renameGroup, renameTheme } from '../../../shared/matrix/edits';
import { groupLabel } from '../../../shared/matrix/labels';
import { useT } from '../../app/i18n';
import { usePlanStore } from '../../app/planStore';
import { commitChanges } from './commitChanges';
import { holdersOf, moveResponsibilityChanges } from './matrixActions';
import { useMatrixUi, type MenuRequest } from './matrixUiStore';
import { NameDialog, type NameRequest } from './NameDialog';

export function MatrixMenu() {
  const t = useT();
  const menu = useMatrixUi((s) => s.menu);
  const plan = usePlanStore((s) => s.plan);
  const [prompt, setPrompt] = useState<NameRequest | null>(null);
  const close = () => {
    const target = menu?.target;
    useMatrixUi.getState().openMenu(null);
    // Back to where the menu was opened from, unless a dialog takes focus.
    if (target?.isConnected) target.focus();
  };
  const ask = (title: string, initial: string, onSubmit: (name: string) => void) => setPrompt({ title, label: t('matrix.name'), initial, onSubmit });
  const current = () => usePlanStore.getState().plan!;
  const focusArea = (areaId: string) => useMatrixUi.getState().setActive({ areaId, groupId: null }, true);

  return (
    <>
      {menu && plan && (
        <Menu open positioning={{ target: menu.target, position: 'below', align: 'start' }} onOpenChange={(_, d) => !d.open && close()}>
          <MenuPopover>
            <MenuList>{menuItems(menu, plan, t, ask, current, focusArea)}</MenuList>
          </MenuPopover>
        </Menu>
      )}
      <NameDialog request={prompt} onClose={() => setPrompt(null)} />
    </>
  );
}

type T = ReturnType<typeof useT>;
type Ask = (title: string, initial: string, onSubmit: (name: string) => void) => void;

function menuItems(menu: MenuRequest, plan: PlanRows, t: T, ask: Ask, current: () => PlanRows, focusArea: (id: string) => void) {
  const area = menu.areaId ? plan.areas.find((a) => a.id === menu.areaId) : undefined;
  const themeId = area?.themeId ?? menu.themeId;
  const theme = themeId ? plan.themes.find((x) => x.id === themeId) : undefined;
  const group = menu.groupId ? plan.groups.find((g) => g.id === menu.groupId) : undefined;
  const items = [];
  if (area) {
    const holders = holdersOf(plan, area.id);
    const from = group && holders.includes(group.id) ? group.id : holders.length === 1 ? holders[0]! : null;
    const otherThemes = sortRows(plan.themes).filter((x) => x.id !== area.themeId);
    items.push(
      <MenuItem key="open" onClick={() => useMatrixUi.getState().openDetail(area.id)}>
        {t('matrix.menu.openDetail')}
      </MenuItem>,
      <MenuItem key="addArea" onClick={() => ask(t('matrix.menu.addArea'), '', (name) => {
        const r = addArea(current(), randomId, area.themeId, name);
        commitChanges(r.changes);
        focusArea(r.areaId);
      })}>
        {t('matrix.menu.addArea')}
      </MenuItem>,
      <MenuItem key="addSub" onClick={() => ask(t('matrix.menu.addSub'), '', (name) => {
        const parent = area.parentId ?? area.id;
        const r = addArea(current(), randomId, area.themeId, name, parent);
        commitChanges(r.changes);
        focusArea(r.areaId);
      })}>
        {t('matrix.menu.addSub')}
      </MenuItem>,
      <MenuItem key="renameArea" onClick={() => ask(t('matrix.menu.renameArea'), area.name, (name) => commitChanges(renameArea(area.id, name)))}>
        {t('matrix.menu.renameArea')}
      </MenuItem>,
    );
    if (otherThemes.length > 0 && area.parentId === null) {
      items.push(
        <Menu key="moveTheme">
          <MenuTrigger disableButtonEnhancement>
            <MenuItem>{t('matrix.menu.moveToTheme')}</MenuItem>
          </MenuTrigger>
          <MenuPopover>
            <MenuList>
              {otherThemes.map((x) => (
                <MenuItem key={x.id} onClick={() => commitChanges(moveAreaToTheme(current(), area.id, x.id))}>
                  {x.name}
                </MenuItem>
              ))}
            </MenuList>
          </MenuPopover>
        </Menu>,
      );
    }
    if (from) {
      const targets = sortRows(plan.groups).filter((g) => g.id !== from && !holders.includes(g.id));
      items.push(
        <Menu key="moveResp">
          <MenuTrigger disableButtonEnhancement>
            <MenuItem>{t('matrix.menu.moveResponsibility')}</MenuItem>
          </MenuTrigger>
          <MenuPopover>
            <MenuList>
              {targets.map((g) => (
                <MenuItem key={g.id} onClick={() => commitChanges(moveResponsibilityChanges(current(), area.id, from, g.id, null))}>
                  {groupLabel(g)}
                </MenuItem>
              ))}
            </MenuList>
          </MenuPopover>
        </Menu>,
      );
    }
    items.push(
      <MenuItem key="deleteArea" onClick={() => commitChanges(deleteArea(current(), area.id))}>
        {t('matrix.menu.deleteArea')}
      </MenuItem>,
    );
  }
  if (theme) {
    items.push(
      <MenuDivider key="d1" />,
      <MenuItem key="addTheme" onClick={() => ask(t('matrix.menu.addTheme'), '', (name) => {
        const r = addTheme(current(), randomId, name);
        commitChanges(r.changes);
        focusArea(r.areaId);
      })}>
        {t('matrix.menu.addTheme')}
      </MenuItem>,
      <MenuItem key="renameTheme" onClick={() => ask(t('matrix.menu.renameTheme'), theme.name, (name) => commitChanges(renameTheme(theme.id, name)))}>
        {t('matrix.menu.renameTheme')}
      </MenuItem>,
      <MenuItem key="deleteTheme" onClick={() => commitChanges(deleteTheme(current(), theme.id))}>
        {t('matrix.menu.deleteTheme')}
      </MenuItem>,
    );
  }
  items.push(
    <MenuDivider key="d2" />,
    <MenuItem key="addGroup" onClick={() => ask(t('matrix.menu.addGroup'), '', (name) => {
      const p = current();
      const number = Math.max(0, ...p.groups.map((g) => g.number ?? 0)) + 1;
      commitChanges(addGroup(p, randomId, { name, kind: 'arbeidsgruppe', number }).changes);
    })}>
      {t('matrix.menu.addGroup')}
    </MenuItem>,
  );
  if (group) {
    items.push(
      <MenuItem key="renameGroup" onClick={() => ask(t('matrix.menu.renameGroup'), group.name, (name) => commitChanges(renameGroup(group.id, name)))}>
        {t('matrix.menu.renameGroup')}
      </MenuItem>,
      <MenuItem key="deleteGroup" onClick={() => commitChanges(deleteGroup(current(), group.id))}>
        {t('matrix.menu.deleteGroup')}
      </MenuItem>,
    );
  }
  return items;
}

// The header's button naming who writes («Du: Kari Nordmann»); it opens the person dialog to edit the name.
import { Button } from '@fluentui/react-components';
import { useT } from '../../app/i18n';
import { usePersonStore } from './personState';

export function PersonButton() {
  const t = useT();
  const person = usePersonStore((s) => s.person);
  const openEditor = usePersonStore((s) => s.openEditor);
  return (
    <Button appearance="subtle" onClick={openEditor} data-testid="person-button" style={{ color: 'inherit' }}>
      {person ? t('person.button', { name: person.name }) : t('person.buttonNone')}
    </Button>
  );
}

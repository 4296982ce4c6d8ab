// The application root: Fluent UI theme, the frame, and the first load of the open plan.
import { FluentProvider, makeStaticStyles, webLightTheme } from '@fluentui/react-components';
import { useEffect } from 'react';
import { api } from '../api/client';
import { stepHistory } from '../commands/commandBus';
import { installHistoryKeys } from '../commands/historyKeys';
import { PersonDialog } from '../features/person/PersonDialog';
import { usePersonStore } from '../features/person/personState';
import { AppFrame } from './AppFrame';
import { sendEditsOnPageExit } from './pageExit';
import { handleShellEvent } from './shellEvents';
import { useLanguageStore } from './i18n';
import { usePlanStore } from './planStore';

const useGlobalStyles = makeStaticStyles({ body: { margin: 0 } });

export function App() {
  useGlobalStyles();
  const load = usePlanStore((s) => s.load);
  const language = useLanguageStore((s) => s.language);

  const loadPerson = usePersonStore((s) => s.load);

  useEffect(() => {
    void load();
  }, [load]);

  // The first start asks who writes (PersonDialog); later starts know it.
  useEffect(() => {
    void loadPerson();
  }, [loadPerson]);

  useEffect(() => api.onShellEvent(handleShellEvent), []);

  // The one Ctrl+Z / Ctrl+Y handler of the app (text fields and editors keep their own).
  useEffect(() => installHistoryKeys(document, (step) => void stepHistory(step)), []);

  useEffect(() => {
    document.documentElement.lang = language;
    // The desktop menu follows the UI language (the browser has none; the call then changes nothing).
    void api.call('app.uiLanguage', { language });
  }, [language]);

  useEffect(() => sendEditsOnPageExit(), []);

  return (
    <FluentProvider theme={webLightTheme} style={{ minHeight: '100vh' }}>
      <AppFrame />
      <PersonDialog />
    </FluentProvider>
  );
}

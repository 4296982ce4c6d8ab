// The UI language setting (nb / nn / en); the plan's own målform is a plan field and is not changed here.
import { Label, Select, makeStyles, tokens, useId } from '@fluentui/react-components';
import { UI_LANGUAGES, isUiLanguage } from '../../shared/i18n';
import { useLanguageStore, useT } from './i18n';

const useStyles = makeStyles({
  field: { display: 'flex', flexDirection: 'column', gap: '2px' },
  label: { color: tokens.colorNeutralForegroundOnBrand, fontSize: tokens.fontSizeBase200 },
});

export function LanguagePicker() {
  const styles = useStyles();
  const t = useT();
  const selectId = useId('ui-language');
  const language = useLanguageStore((s) => s.language);
  const setLanguage = useLanguageStore((s) => s.setLanguage);
  return (
    <div className={styles.field}>
      <Label htmlFor={selectId} className={styles.label}>
        {t('language.label')}
      </Label>
      <Select
        id={selectId}
        value={language}
        onChange={(_, data) => {
          if (isUiLanguage(data.value)) setLanguage(data.value);
        }}
      >
        {UI_LANGUAGES.map((lang) => (
          <option key={lang} value={lang}>
            {t(`language.${lang}`)}
          </option>
        ))}
      </Select>
    </div>
  );
}

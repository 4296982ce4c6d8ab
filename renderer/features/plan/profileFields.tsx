// The document profile's own fields: the logo with its alt text, the primary colour with its contrast, and the font.
import { Button, Combobox, Field, Input, Label, MessageBar, MessageBarBody, MessageBarTitle, Option, makeStyles, useId } from '@fluentui/react-components';
import { useRef, useState } from 'react';
import { contrastRatio, profileColorProblem } from '../../../shared/document/contrast';
import { wordsFor } from '../../../shared/document/words';
import { api } from '../../api/client';
import { useAssetUrl } from '../../api/assetBytes';
import { useT } from '../../app/i18n';
import { usePlanStore } from '../../app/planStore';
import { commitEdit, flush as flushEdits } from '../../commands/commandBus';
import { defaultLogoAlt, logoFileToArgs } from './logoFile';

export const PROFILE_FONTS = ['Calibri', 'Arial', 'Cambria', 'Georgia', 'Verdana', 'Times New Roman', 'Liberation Sans', 'Liberation Serif', 'Open Sans', 'Source Sans 3'];
const COLOR = /^#[0-9a-fA-F]{6}$/;

const useStyles = makeStyles({
  row: { display: 'flex', gap: '12px', alignItems: 'center', flexWrap: 'wrap' },
  logo: { maxHeight: '80px', maxWidth: '200px', border: '1px solid #d1d1d1', padding: '4px', background: '#ffffff' },
  picker: { display: 'flex', flexDirection: 'column', gap: '4px' },
  colorPicker: { width: '48px', height: '32px', padding: 0, border: '1px solid #616161', cursor: 'pointer' },
  swatch: { display: 'flex', flexDirection: 'column', gap: '4px', border: '1px solid #d1d1d1', background: '#ffffff', padding: '8px', minWidth: '260px' },
  swatchHeading: { fontWeight: 600, fontSize: '16px' },
  swatchHeader: { color: '#ffffff', padding: '4px 8px', fontWeight: 600 },
});

export type Announce = (message: string) => void;

function useFrame() {
  const frame = usePlanStore((s) => s.plan?.plan ?? null);
  const change = commitEdit;
  const set = (column: 'profileColor' | 'profileFont' | 'profileLogoAssetId', value: string | null, mode: 'debounced' | 'now' = 'debounced') => {
    if (frame) change([{ table: 'plan', id: frame.id, column, value }], mode);
  };
  return { frame, set, flush: flushEdits };
}

export function LogoField({ announce }: { announce: Announce }) {
  const t = useT();
  const styles = useStyles();
  const { frame, set, flush } = useFrame();
  const change = commitEdit;
  const logo = usePlanStore((s) => (s.plan?.plan.profileLogoAssetId ? (s.plan.assets.find((a) => a.id === s.plan?.plan.profileLogoAssetId) ?? null) : null));
  const url = useAssetUrl(logo);
  const input = useRef<HTMLInputElement>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [altTouched, setAltTouched] = useState(false);
  if (!frame) return null;
  const example = defaultLogoAlt(wordsFor(frame.malform).logoOf, frame.municipality || 'Levanger');

  const choose = async (file: File) => {
    setProblem(null);
    const args = await logoFileToArgs(file, defaultLogoAlt(wordsFor(frame.malform).logoOf, frame.municipality));
    if (args === 'wrong-type' || args === 'too-large') {
      setProblem(t(args === 'wrong-type' ? 'profile.logoWrongType' : 'profile.logoTooLarge'));
      return;
    }
    await flush();
    const result = await api.call('profile.setLogo', args);
    if (!result.ok) {
      setProblem(result.error.message);
      return;
    }
    await usePlanStore.getState().load();
    announce(t('profile.logoAdded'));
  };

  const altMissing = logo !== null && !logo.alt.trim();
  return (
    <Field label={t('profile.logo')} validationMessage={problem ?? undefined} validationState={problem ? 'error' : 'none'}>
      <div className={styles.row}>
        {logo && url && <img className={styles.logo} src={url} alt={t('profile.logoImageAlt', { alt: logo.alt || example })} data-testid="profile-logo" />}
        {logo && logo.mime === 'image/svg+xml' && <span>{t('profile.logoSvg', { name: logo.name })}</span>}
        {!logo && <span>{t('profile.logoNone')}</span>}
        <input
          ref={input}
          type="file"
          hidden
          aria-label={t('profile.logoFileLabel')}
          accept="image/png,image/jpeg,image/svg+xml,.svg"
          data-testid="profile-logo-file"
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) void choose(file);
          }}
        />
        <Button onClick={() => input.current?.click()}>{t(logo ? 'profile.logoReplace' : 'profile.logoChoose')}</Button>
        {logo && (
          <Button
            onClick={() => {
              set('profileLogoAssetId', null, 'now');
              announce(t('profile.logoRemoved'));
            }}
          >
            {t('profile.logoRemove')}
          </Button>
        )}
      </div>
      {logo && (
        <Field
          label={t('profile.logoAlt')}
          required
          hint={t('profile.logoAltHint', { example })}
          validationMessage={altMissing && altTouched ? t('profile.logoAltMissing') : undefined}
          validationState={altMissing && altTouched ? 'error' : 'none'}
          style={{ marginTop: 8 }}
        >
          <Input
            value={logo.alt}
            maxLength={2000}
            onChange={(_, d) => change([{ table: 'assets', id: logo.id, column: 'alt', value: d.value }])}
            onBlur={() => {
              setAltTouched(true);
              void flush();
            }}
          />
        </Field>
      )}
    </Field>
  );
}

/** The ratio shown rounded down, so a colour that fails never reads «4,5:1». */
export function formatRatio(ratio: number): string {
  return (Math.floor(ratio * 10) / 10).toFixed(1).replace('.', ',');
}

export function ColorField() {
  const t = useT();
  const styles = useStyles();
  const { frame, set, flush } = useFrame();
  const [draft, setDraft] = useState<string | null>(null);
  const pickerId = useId('profile-color-picker');
  if (!frame) return null;
  const text = draft ?? frame.profileColor;
  const invalid = draft !== null && !COLOR.test(draft.trim());
  const shown = COLOR.test(text.trim()) ? text.trim().toLowerCase() : frame.profileColor;
  const problem = profileColorProblem(shown);
  return (
    <div>
      <div className={styles.row}>
        <Field label={t('profile.color')} validationMessage={invalid ? t('profile.colorInvalid') : undefined} validationState={invalid ? 'error' : 'none'}>
          <Input
            value={text}
            maxLength={7}
            data-testid="profile-color"
            onChange={(_, d) => {
              setDraft(d.value);
              const value = d.value.trim();
              if (COLOR.test(value)) set('profileColor', value.toLowerCase());
            }}
            onBlur={() => {
              if (!invalid) setDraft(null);
              void flush();
            }}
          />
        </Field>
        <div className={styles.picker}>
          <Label htmlFor={pickerId}>{t('profile.colorPicker')}</Label>
          <input
            id={pickerId}
            type="color"
            className={styles.colorPicker}
            value={frame.profileColor.toLowerCase()}
            onChange={(e) => {
              setDraft(null);
              set('profileColor', e.target.value.toLowerCase());
            }}
            onBlur={() => void flush()}
          />
        </div>
        <div className={styles.swatch} role="group" aria-label={t('profile.swatchLabel')}>
          <span className={styles.swatchHeading} style={{ color: shown, fontFamily: frame.profileFont || undefined }}>
            {t('profile.swatchHeading')}
          </span>
          <span className={styles.swatchHeader} style={{ background: shown, fontFamily: frame.profileFont || undefined }}>
            {t('profile.swatchHeader')}
          </span>
          <span data-testid="profile-contrast">{t('profile.contrast', { ratio: formatRatio(contrastRatio(shown, '#ffffff')) })}</span>
        </div>
      </div>
      <div role="status" aria-live="polite">
        {problem && (
          <MessageBar intent="warning" layout="multiline" data-testid="profile-contrast-warning" style={{ marginTop: 8 }}>
            <MessageBarBody>
              <MessageBarTitle>{t('profile.contrastLowTitle')}</MessageBarTitle> {t('profile.contrastLow')}
            </MessageBarBody>
          </MessageBar>
        )}
      </div>
    </div>
  );
}

export function FontField() {
  const t = useT();
  const { frame, set, flush } = useFrame();
  if (!frame) return null;
  return (
    <Field label={t('profile.font')} hint={t('profile.fontHint')}>
      <Combobox
        freeform
        value={frame.profileFont}
        selectedOptions={PROFILE_FONTS.includes(frame.profileFont) ? [frame.profileFont] : []}
        maxLength={100}
        data-testid="profile-font"
        onChange={(e) => set('profileFont', e.target.value.slice(0, 100))}
        onOptionSelect={(_, d) => {
          if (d.optionText) set('profileFont', d.optionText, 'now');
        }}
        onBlur={() => void flush()}
      >
        {PROFILE_FONTS.map((font) => (
          <Option key={font} text={font}>
            <span style={{ fontFamily: font }}>{font}</span>
          </Option>
        ))}
      </Combobox>
    </Field>
  );
}

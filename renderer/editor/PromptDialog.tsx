// One small dialog for the editor's questions (link address, footnote text, caption, image alt text): a text field,
// optionally a checkbox, and a check that explains in one sentence what is wrong before anything is inserted.
import { Button, Checkbox, Field, Input, makeStyles } from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import { ModalDialog } from '../components/ModalDialog';
import { useEditorLabels } from './labels';

export type PromptRequest = {
  title: string;
  label: string;
  initial?: string;
  /** A checkbox under the field (e.g. «Dekorativt»); when ticked the text may be empty. */
  checkbox?: string;
  /** Returns the sentence to show when the answer cannot be used, or null. */
  validate?: (value: string, checked: boolean) => string | null;
  onSubmit: (value: string, checked: boolean) => void;
};

const useStyles = makeStyles({ actions: { display: 'flex', gap: '8px', justifyContent: 'flex-end', marginTop: '20px' } });

/** `returnFocus`: where focus goes when the tool that asked is gone (a tool of the overflow menu): the text. */
export function PromptDialog({ request, onClose, returnFocus }: { request: PromptRequest | null; onClose: () => void; returnFocus?: () => HTMLElement | null }) {
  if (!request) return null;
  return <PromptForm request={request} onClose={onClose} returnFocus={returnFocus} />;
}

function PromptForm({ request, onClose, returnFocus }: { request: PromptRequest; onClose: () => void; returnFocus?: () => HTMLElement | null }) {
  const L = useEditorLabels();
  const styles = useStyles();
  const [value, setValue] = useState(request.initial ?? '');
  const [checked, setChecked] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const p = request.validate?.(value, checked) ?? null;
    if (p) {
      setProblem(p);
      return;
    }
    onClose();
    request.onSubmit(value, checked);
  };
  return (
    <ModalDialog title={request.title} onClose={onClose} returnFocus={returnFocus}>
      <form onSubmit={submit}>
        <Field label={request.label} validationMessage={problem ?? undefined} validationState={problem ? 'error' : 'none'}>
          <Input value={value} onChange={(_e, d) => setValue(d.value)} disabled={checked} autoFocus />
        </Field>
        {request.checkbox && <Checkbox label={request.checkbox} checked={checked} onChange={(_e, d) => setChecked(d.checked === true)} />}
        <div className={styles.actions}>
          <Button appearance="primary" type="submit">
            {L.ok}
          </Button>
          <Button onClick={onClose}>{L.cancel}</Button>
        </div>
      </form>
    </ModalDialog>
  );
}

// One small dialog for the editor's questions (link address, footnote text, caption, image alt text): a text field,
// optionally a checkbox, and a check that explains in one sentence what is wrong before anything is inserted.
import {
  Button,
  Checkbox,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Input,
} from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
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

export function PromptDialog({ request, onClose }: { request: PromptRequest | null; onClose: () => void }) {
  if (!request) return null;
  return (
    <Dialog open onOpenChange={(_e, d) => (d.open ? undefined : onClose())} modalType="modal">
      <PromptForm request={request} onClose={onClose} />
    </Dialog>
  );
}

function PromptForm({ request, onClose }: { request: PromptRequest; onClose: () => void }) {
  const L = useEditorLabels();
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
    <DialogSurface aria-describedby={undefined}>
      <form onSubmit={submit}>
        <DialogBody>
          <DialogTitle>{request.title}</DialogTitle>
          <DialogContent>
            <Field label={request.label} validationMessage={problem ?? undefined} validationState={problem ? 'error' : 'none'}>
              <Input value={value} onChange={(_e, d) => setValue(d.value)} disabled={checked} autoFocus />
            </Field>
            {request.checkbox && <Checkbox label={request.checkbox} checked={checked} onChange={(_e, d) => setChecked(d.checked === true)} />}
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" type="submit">
              {L.ok}
            </Button>
            <Button onClick={onClose}>{L.cancel}</Button>
          </DialogActions>
        </DialogBody>
      </form>
    </DialogSurface>
  );
}

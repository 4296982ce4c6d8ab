// The app's one modal dialog: a native <dialog> opened with showModal(). The browser makes the rest of the page inert
// for as long as it is open and for no longer (nothing sets aria-hidden on #root that a missed clean-up could leave
// behind: Fluent's Dialog did, after OK, Avbryt or Esc), and Esc closes it. On closing, focus goes back to the element
// that had it when the dialog opened (the button that opened it), or to `returnFocus()` when that one is gone.
import { makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useId, useLayoutEffect, useRef, type ReactNode } from 'react';

const useStyles = makeStyles({
  dialog: {
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusXLarge,
    padding: '20px 24px',
    width: 'min(560px, calc(100vw - 48px))',
    boxSizing: 'border-box',
    boxShadow: tokens.shadow64,
    fontFamily: tokens.fontFamilyBase,
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
    '::backdrop': { backgroundColor: 'rgba(0, 0, 0, 0.4)' },
  },
  title: { marginTop: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
});

export type ModalDialogProps = {
  title: string;
  /** Called once however the dialog closes (OK, Avbryt, Esc): the owner then stops rendering it. */
  onClose: () => void;
  /** Where focus goes when the element that opened the dialog no longer exists (e.g. a menu item). */
  returnFocus?: () => HTMLElement | null;
  children: ReactNode;
};

/** Open while rendered: mount it to open, unmount it (or call onClose) to close. */
export function ModalDialog({ title, onClose, returnFocus, children }: ModalDialogProps) {
  const styles = useStyles();
  const titleId = useId();
  const ref = useRef<HTMLDialogElement>(null);
  const callbacks = useRef({ onClose, returnFocus });
  useEffect(() => {
    callbacks.current = { onClose, returnFocus };
  });

  useLayoutEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const opener = document.activeElement instanceof HTMLElement && document.activeElement !== document.body ? document.activeElement : null;
    const openerKey = opener ? identify(opener) : null;
    dialog.showModal();
    const onDialogClose = () => callbacks.current.onClose();
    dialog.addEventListener('close', onDialogClose);
    return () => {
      dialog.removeEventListener('close', onDialogClose);
      if (dialog.open) dialog.close();
      // After the owner's re-render: an action (insert a link, add a row) may have moved focus on purpose; only a
      // focus left nowhere (the body, or the dialog that is going away) is sent back.
      requestAnimationFrame(() => {
        const active = document.activeElement;
        if (active && active !== document.body && document.contains(active)) return;
        const target = (opener?.isConnected ? opener : null) ?? (openerKey ? find(openerKey) : null) ?? callbacks.current.returnFocus?.() ?? null;
        target?.focus();
      });
    };
  }, []);

  return (
    // Keys stay inside: Esc closes the dialog, not also the panel or page around it (their handlers are ancestors).
    <dialog ref={ref} className={styles.dialog} aria-labelledby={titleId} onKeyDown={(e) => e.stopPropagation()}>
      <h2 id={titleId} className={styles.title}>
        {title}
      </h2>
      {children}
    </dialog>
  );
}

/** A way to find the opener again when the owner re-rendered it as a new element (a grid cell, a named button). */
function identify(el: HTMLElement): string | null {
  if (el.id) return `#${CSS.escape(el.id)}`;
  const cell = el.getAttribute('data-cell');
  if (cell !== null) return `[data-cell="${CSS.escape(cell)}"]`;
  const label = el.getAttribute('aria-label');
  if (label) return `${el.tagName.toLowerCase()}[aria-label="${CSS.escape(label)}"]`;
  return null;
}

function find(selector: string): HTMLElement | null {
  return document.querySelector<HTMLElement>(selector);
}

// «Bruk den andre verdien»: after a merge, a field both sides changed takes the value the change log let lose, as one
// ordinary edit (one undo step, Ctrl+Z brings the kept value back).
import { Button } from '@fluentui/react-components';
import { useState } from 'react';
import type { MergeConflict } from '../../../shared/api/calls/merge';
import { otherValueChange } from '../../../shared/merge/conflictChoice';
import { useT } from '../../app/i18n';
import { commit } from '../../commands/commandBus';
import { fieldLabel } from './mergeText';

export function UseOtherValue({ conflict }: { conflict: MergeConflict }) {
  const t = useT();
  const [used, setUsed] = useState(false);
  const use = () => {
    if (commit([otherValueChange(conflict)])) setUsed(true);
  };
  return (
    <>
      <Button size="small" onClick={use} disabled={used} aria-label={t('mergeReview.useOtherLabel', { field: fieldLabel(t, conflict.column), row: conflict.rowLabel })}>
        {t('mergeReview.useOther')}
      </Button>
      <span role="status">{used ? ` ${t('mergeReview.usedOther')}` : ''}</span>
    </>
  );
}

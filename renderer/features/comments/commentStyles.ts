// The highlight of commented text in the editor. A pale green keeps body text and links above 4.5:1, and the dotted
// underline shows the range without relying on colour; in Windows high contrast the system's Mark colours are used.
import { makeStaticStyles } from '@fluentui/react-components';
import { COMMENT_ACTIVE_CLASS, COMMENT_RANGE_CLASS } from '../../editor/commentHighlight';

export const useCommentStyles = makeStaticStyles(`
.plan-editor .${COMMENT_RANGE_CLASS} { background-color: #e3f3d8; border-bottom: 2px dotted #3b6e1f; }
.plan-editor .${COMMENT_ACTIVE_CLASS} { outline: 2px solid #3b6e1f; }
@media (forced-colors: active) {
  .plan-editor .${COMMENT_RANGE_CLASS} { forced-color-adjust: none; background-color: Mark; color: MarkText; }
}
`);

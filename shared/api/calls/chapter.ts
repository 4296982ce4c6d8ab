// Calls of the chapter editor: a chapter body is a Yjs document, exchanged as base64 updates.
import { z } from 'zod';
import { call, result } from '../define';
import { Id } from '../../domain/plan';
import type { MutateResult } from './plan';

const Base64 = z.string().max(50_000_000).regex(/^[A-Za-z0-9+/]*={0,2}$/, 'base64');

export const chapterCalls = {
  /** The chapter's whole Yjs state as one update: what the editor starts from. */
  'chapter.state': call(z.object({ chapterId: Id }), result<{ stateBase64: string }>()),
  /** Appends the editor's update; the services derive the chapter's JSON (search, export) from the Yjs document alone. */
  'chapter.appendUpdate': call(z.object({ chapterId: Id, updateBase64: Base64.min(1) }), result<MutateResult>()),
};

// The whole API between the renderer and the main-process services: one map of call names, merged from a file per domain.
import type { z } from 'zod';
import { appCalls } from './calls/app';
import { assetCalls } from './calls/asset';
import { chapterCalls } from './calls/chapter';
import { commentCalls } from './calls/comments';
import { exportCalls } from './calls/export';
import { fileCalls } from './calls/file';
import { importCalls } from './calls/import';
import { matrixCalls } from './calls/matrix';
import { mergeCalls } from './calls/merge';
import { personCalls } from './calls/person';
import { historyCalls } from './calls/history';
import { planCalls } from './calls/plan';
import { profileCalls } from './calls/profile';
import { searchCalls } from './calls/search';
import { shareCalls } from './calls/share';
import { startCalls } from './calls/start';
import { tablesCalls } from './calls/tables';
import { versionCalls } from './calls/versions';
import { compareCalls } from './calls/compare';
import { hearingChangesCalls } from './calls/hearingChanges';
import type { CallSpec } from './define';
import type { ApiResult } from './errors';

export const CONTRACT = {
  ...fileCalls,
  ...planCalls,
  ...shareCalls,
  ...chapterCalls,
  ...commentCalls,
  ...exportCalls,
  ...importCalls,
  ...matrixCalls,
  ...searchCalls,
  ...tablesCalls,
  ...appCalls,
  ...assetCalls,
  ...mergeCalls,
  ...profileCalls,
  ...startCalls,
  ...versionCalls,
  ...compareCalls,
  ...hearingChangesCalls,
  ...personCalls,
  ...historyCalls,
} satisfies Record<string, CallSpec>;

export type Contract = typeof CONTRACT;
export type CallName = keyof Contract;
export type ArgsOf<K extends CallName> = z.input<Contract[K]['args']>;
export type ParsedArgsOf<K extends CallName> = z.output<Contract[K]['args']>;
export type ResultOf<K extends CallName> = Exclude<Contract[K]['result'], undefined>;

/** What a transport offers the renderer: one generic, typed entry point. */
export type Invoke = <K extends CallName>(name: K, args: ArgsOf<K>) => Promise<ApiResult<ResultOf<K>>>;

/** What the main process implements: one function per call. */
export type Handlers = { [K in CallName]: (args: ParsedArgsOf<K>) => Promise<ResultOf<K>> | ResultOf<K> };

export const isCallName = (name: unknown): name is CallName =>
  typeof name === 'string' && Object.prototype.hasOwnProperty.call(CONTRACT, name);

// Error codes that cross the API, each with the one Norwegian sentence the user sees (bokmål, as the services and the
// CLI say it). The sentences live with their nn/en translations in shared/i18n/errorMessages.ts; the renderer shows
// them in the UI language from the code, or from `sentence` when the service said something more precise.
import { errorCodesNb, type ErrorCode, type ErrorSentence } from '../i18n/errorMessages';
import { sentenceText } from '../i18n/errorText';

export type { ErrorCode, ErrorSentence, ErrorSentenceKey, SentenceParam } from '../i18n/errorMessages';
export const ERROR_MESSAGES = errorCodesNb;
export type ApiError = { code: ErrorCode; message: string; detail?: string; sentence?: ErrorSentence };
export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** A service failure with a code; the dispatcher turns it into an ApiResult. A sentence (key + params) is said in
 * bokmål here and in the UI language by the renderer; a plain string message is shown as it is in every language. */
export class PlanverkError extends Error {
  readonly sentence?: ErrorSentence;
  constructor(
    readonly code: ErrorCode,
    readonly detail?: string,
    message: string | ErrorSentence = ERROR_MESSAGES[code],
  ) {
    super(typeof message === 'string' ? message : sentenceText('nb', message));
    this.name = 'PlanverkError';
    if (typeof message !== 'string') this.sentence = message;
  }

  /** What crosses the API: code, bokmål message, detail and the sentence the renderer translates. */
  toApiError(): ApiError {
    return { code: this.code, message: this.message, ...(this.detail ? { detail: this.detail } : {}), ...(this.sentence ? { sentence: this.sentence } : {}) };
  }
}

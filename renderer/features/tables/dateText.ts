// A day typed the Norwegian way ("01.02.2025", "1.2.25") or as ISO, to the stored ISO date; '' clears it.
import type { Parsed } from '../../../shared/format/norwegian';
import { formatDate } from '../../../shared/format/norwegian';
import { isRealDate } from '../../../shared/plantables';
import { sayInUiLanguage } from '../../app/i18n';

export function parseDayText(raw: string): Parsed<string | null> {
  const text = raw.trim();
  if (text === '') return { ok: true, value: null };
  let iso: string | null = null;
  const iso8601 = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const norwegian = /^(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})$/.exec(text);
  if (iso8601) iso = text;
  else if (norwegian) {
    const year = norwegian[3]!.length === 2 ? 2000 + Number(norwegian[3]) : Number(norwegian[3]);
    iso = `${year}-${norwegian[2]!.padStart(2, '0')}-${norwegian[1]!.padStart(2, '0')}`;
  }
  if (iso && isRealDate(iso)) return { ok: true, value: iso };
  return { ok: false, message: sayInUiLanguage({ key: 'entry.notADate', params: { text } }) };
}

export const formatDayText = (iso: string | null): string => (iso ? formatDate(iso) : '');

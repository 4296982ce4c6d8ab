// Small MIME encoders for the share e-mail: RFC 2047 header words, RFC 2231 parameters, quoted-printable, base64 lines.
// Every line they produce is ASCII and at most 76 characters, so the message survives any mail transport unchanged.
import { Buffer } from 'node:buffer';

export const CRLF = '\r\n';
const MAX_LINE = 76;

const isPlainAscii = (text: string): boolean => /^[\x20-\x7e]*$/.test(text);

/** A header value as RFC 2047 encoded words (UTF-8, base64) when it is not plain ASCII, folded to ≤ 76 characters. */
export function encodeHeader(name: string, value: string): string {
  if (isPlainAscii(value) && name.length + 2 + value.length <= MAX_LINE) return `${name}: ${value}`;
  if (isPlainAscii(value)) return foldAsciiWords(name, value);
  // Split on whole characters so no encoded word ends inside a UTF-8 sequence (RFC 2047 §5).
  const words: string[] = [];
  let chunk = '';
  for (const ch of value) {
    const next = chunk + ch;
    // "=?UTF-8?B?" + base64 + "?=" must fit in a line that starts with one space (or the header name on the first line).
    if (encodedWord(next).length > MAX_LINE - name.length - 2 && chunk) {
      words.push(encodedWord(chunk));
      chunk = ch;
    } else chunk = next;
  }
  if (chunk) words.push(encodedWord(chunk));
  return `${name}: ${words.join(`${CRLF} `)}`;
}

function encodedWord(text: string): string {
  return `=?UTF-8?B?${Buffer.from(text, 'utf8').toString('base64')}?=`;
}

function foldAsciiWords(name: string, value: string): string {
  const lines: string[] = [];
  let line = `${name}:`;
  for (const word of value.split(' ')) {
    if (line.length + 1 + word.length > MAX_LINE && line.trim().length > name.length + 1) {
      lines.push(line);
      line = '';
    }
    line += ` ${word}`;
  }
  lines.push(line);
  return lines.join(CRLF);
}

/**
 * A MIME parameter in RFC 2231 form (`name*0*=UTF-8''…; name*1*=…`), split so every line stays ≤ 76 characters.
 * Returned as the lines after the header's first line, each starting with a tab.
 */
export function rfc2231Param(param: string, value: string): string[] {
  const encoded = [...Buffer.from(value, 'utf8')]
    .map((byte) => (isAttrChar(byte) ? String.fromCharCode(byte) : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`))
    .join('');
  const segments: string[] = [];
  let rest = `UTF-8''${encoded}`;
  const room = MAX_LINE - 1 - `${param}*99*=;`.length;
  while (rest.length > 0) {
    let cut = Math.min(room, rest.length);
    // Never split a %XX escape between two segments.
    const lastPercent = rest.lastIndexOf('%', cut - 1);
    if (lastPercent > cut - 3 && lastPercent >= 0 && cut < rest.length) cut = lastPercent;
    segments.push(rest.slice(0, cut));
    rest = rest.slice(cut);
  }
  return segments.map((segment, i) => `\t${param}*${i}*=${segment}${i < segments.length - 1 ? ';' : ''}`);
}

// RFC 2231 attribute-char: ASCII printable except space, *, ', %, and tspecials.
function isAttrChar(byte: number): boolean {
  return byte > 0x20 && byte < 0x7f && !`*'%()<>@,;:\\"/[]?=`.includes(String.fromCharCode(byte));
}

/** Quoted-printable (RFC 2045 §6.7) of UTF-8 text with CRLF hard breaks and soft breaks so no line exceeds 76. */
export function quotedPrintable(text: string): string {
  return text
    .split(/\r?\n/)
    .map((line) => quotedPrintableLine(line))
    .join(CRLF);
}

function quotedPrintableLine(line: string): string {
  const bytes = Buffer.from(line, 'utf8');
  const out: string[] = [];
  let current = '';
  bytes.forEach((byte, i) => {
    const last = i === bytes.length - 1;
    const literal = (byte >= 33 && byte <= 126 && byte !== 61) || ((byte === 32 || byte === 9) && !last);
    const token = literal ? String.fromCharCode(byte) : `=${byte.toString(16).toUpperCase().padStart(2, '0')}`;
    // Keep one column for the soft break "=".
    if (current.length + token.length > MAX_LINE - 1) {
      out.push(`${current}=`);
      current = '';
    }
    current += token;
  });
  out.push(current);
  return out.join(CRLF);
}

/** Base64 in lines of 76 characters (RFC 2045 §6.8). */
export function base64Lines(bytes: Uint8Array): string {
  const b64 = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');
  const lines: string[] = [];
  for (let i = 0; i < b64.length; i += MAX_LINE) lines.push(b64.slice(i, i + MAX_LINE));
  return lines.join(CRLF);
}

/** An ASCII stand-in for a file name, for mail programs that ignore RFC 2231 (e.g. old Outlook reads `name=`). */
export function asciiFallbackName(name: string): string {
  const replaced = name
    .replace(/[æÆ]/g, (c) => (c === 'æ' ? 'ae' : 'Ae'))
    .replace(/[øØ]/g, (c) => (c === 'ø' ? 'o' : 'O'))
    .replace(/[åÅ]/g, (c) => (c === 'å' ? 'a' : 'A'))
    .normalize('NFKD')
    .replace(/[^\x20-\x7e]/g, '')
    .replace(/["\\]/g, '');
  const dot = replaced.lastIndexOf('.');
  const ext = dot > 0 ? replaced.slice(dot) : '';
  const stem = (dot > 0 ? replaced.slice(0, dot) : replaced).slice(0, 60 - ext.length).trim();
  return stem ? `${stem}${ext}` : `plan${ext || '.planverk'}`;
}

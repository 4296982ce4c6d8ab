// "Del på e-post": a clean copy of the plan and an unsent e-mail draft (.eml, `X-Unsent: 1`) with the copy attached.
// Outlook opens such a file as an editable draft; other mail programs open it as a message that can be forwarded.
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CRLF, asciiFallbackName, base64Lines, encodeHeader, quotedPrintable, rfc2231Param } from './mime';

export type ShareEmailInput = {
  /** Writes the clean copy of the plan to the given path (the store's `saveCopy`, i.e. VACUUM INTO). */
  writeCopy: (copyPath: string) => void | Promise<void>;
  title: string;
  versionLabel: string;
  to?: string;
  /** A folder of drafts; each share gets its own subfolder so earlier drafts are never overwritten. */
  outDir: string;
  now?: Date;
  /** «Mottakerne foreslår endringer»: the letter says that what they write arrives as suggestions. */
  suggest?: boolean;
};

export type ShareEmailResult = { emlPath: string; copyPath: string };

export const PLANVERK_MIME = 'application/x-planverk';

export async function writeShareEmail(input: ShareEmailInput): Promise<ShareEmailResult> {
  mkdirSync(input.outDir, { recursive: true });
  const dir = mkdtempSync(join(input.outDir, 'deling-'));
  const baseName = safeFileName(input.versionLabel.trim() ? `${input.title} – versjon ${input.versionLabel}` : input.title);
  const copyPath = join(dir, `${baseName}.planverk`);
  await input.writeCopy(copyPath);
  const attachment = readFileSync(copyPath);
  const eml = buildShareEmail({
    title: input.title,
    versionLabel: input.versionLabel,
    ...(input.to ? { to: input.to } : {}),
    attachmentName: `${baseName}.planverk`,
    attachment,
    now: input.now ?? new Date(),
    ...(input.suggest ? { suggest: true } : {}),
  });
  const emlPath = join(dir, `${baseName}.eml`);
  writeFileSync(emlPath, eml);
  return { emlPath, copyPath };
}

export type ShareEmailMessage = {
  title: string;
  versionLabel: string;
  to?: string;
  attachmentName: string;
  attachment: Uint8Array;
  now: Date;
  boundary?: string;
  suggest?: boolean;
};

/** The whole RFC 5322 / MIME message as ASCII with CRLF line endings. */
export function buildShareEmail(message: ShareEmailMessage): string {
  const boundary = message.boundary ?? `planverk-${randomBytes(12).toString('hex')}`;
  const planName = message.title.trim() || 'Plan uten tittel';
  const version = message.versionLabel.trim();
  const headers = [
    ...(message.to ? [encodeHeader('To', message.to)] : []),
    encodeHeader('Subject', version ? `${planName} (versjon ${version})` : planName),
    `Date: ${message.now.toUTCString().replace('GMT', '+0000')}`,
    'MIME-Version: 1.0',
    'X-Unsent: 1',
    'X-Mailer: Planverk',
    `Content-Type: multipart/mixed;${CRLF}\tboundary="${boundary}"`,
  ];
  const body = [
    'Hei,',
    '',
    `Vedlagt er en kopi av planen «${planName}»${version ? `, versjon ${version}` : ''}.`,
    'Åpne vedlegget i Planverk, skriv inn det dere har ansvar for, og send filen tilbake som vedlegg på e-post.',
    ...(message.suggest
      ? ['Kopien åpnes med «Foreslå endringer» slått på: det dere skriver og sletter i kapitlene, blir forslag som vi kan godta eller avvise.']
      : []),
    'Endringene deres slås da sammen med hovedplanen uten at noe går tapt.',
    '',
    'Filen ble laget med Planverk.',
  ].join('\n');
  const parts = [
    [
      `--${boundary}`,
      'Content-Type: text/plain; charset=utf-8',
      'Content-Transfer-Encoding: quoted-printable',
      '',
      quotedPrintable(body),
    ].join(CRLF),
    [
      `--${boundary}`,
      `Content-Type: ${PLANVERK_MIME};${CRLF}\tname="${asciiFallbackName(message.attachmentName)}"`,
      'Content-Transfer-Encoding: base64',
      ['Content-Disposition: attachment;', ...rfc2231Param('filename', message.attachmentName)].join(CRLF),
      '',
      base64Lines(message.attachment),
    ].join(CRLF),
  ];
  return [...headers, '', 'This is a multi-part message in MIME format.', ...parts, `--${boundary}--`, ''].join(CRLF);
}

/** A file name valid on Windows, macOS and Linux: no reserved characters, no trailing dots, not too long. */
export function safeFileName(name: string): string {
  const cleaned = name
    // eslint-disable-next-line no-control-regex
    .replace(/[<>:"/\\|?*\u0000-\u001f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[. ]+$/, '')
    .slice(0, 100)
    .trim();
  const reserved = /^(con|prn|aux|nul|com\d|lpt\d)$/i.test(cleaned);
  return cleaned && !reserved ? cleaned : 'Plan';
}

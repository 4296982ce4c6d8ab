// Which link targets a plan may carry: plan text is untrusted (it arrives by email), so only web and mail links.
export function isSafeHref(href: unknown): boolean {
  if (typeof href !== 'string') return false;
  const trimmed = href.trim().toLowerCase();
  return trimmed.startsWith('http://') || trimmed.startsWith('https://') || trimmed.startsWith('mailto:');
}

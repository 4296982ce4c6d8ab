// File names for a version's export and restore: beside the open plan (a folder the user picked), with characters no
// file system takes replaced.

export function besidePlan(planPath: string, fileName: string): string {
  const cut = Math.max(planPath.lastIndexOf('/'), planPath.lastIndexOf('\\'));
  const folder = cut >= 0 ? planPath.slice(0, cut + 1) : '';
  const safe = [...fileName].map((c) => (c.charCodeAt(0) < 32 || '\\/:*?"<>|'.includes(c) ? '-' : c)).join('');
  return folder + safe;
}

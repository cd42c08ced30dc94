// Where something is, written the way terminals and editors link it.

/** `name:line:column` where the line is known; otherwise the name, and the pointer if one is given. */
export function placeOf(name: string, at: { line?: number; column?: number }, pointer?: string): string {
  if (at.line !== undefined) return `${name}:${at.line}:${at.column ?? 1}`;
  return pointer ? `${name} ${pointer}` : name;
}

// Whether anything is at a path, a dangling symbolic link included (lstat, not stat):
// callers then say what is wrong with it rather than pass it over.
import { lstatSync } from 'node:fs';

export function exists(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}

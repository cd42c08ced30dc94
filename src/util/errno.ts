// A failed file operation in plain words, with Node's code kept in brackets for
// searching: "cannot write the report to x/r.json: its folder does not exist (ENOENT)".

const PLAIN: Record<string, string> = {
  EISDIR: 'it is a folder',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENOTDIR: 'a part of its path is not a folder',
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EROFS: 'the file system is read-only',
  ELOOP: 'too many symbolic links on its path',
  ENAMETOOLONG: 'its name is too long',
  EMFILE: 'too many files are open',
  ENFILE: 'too many files are open',
  EBUSY: 'it is busy',
  EIO: 'an input/output error',
};

/**
 * Why a file could not be read or written, for a message after a colon.
 * ENOENT depends on the direction: a file to read does not exist; a file to write
 * is created, so it is its folder that does not exist.
 */
export function errnoText(error: unknown, writing = false): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return `${writing ? 'its folder does not exist' : 'it does not exist'} (ENOENT)`;
  if (code === undefined) return 'an input/output error';
  const plain = PLAIN[code];
  return plain ? `${plain} (${code})` : code;
}

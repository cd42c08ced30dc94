import { describe, expect, it } from 'vitest';
import { errnoText } from '../src/util/errno';

const err = (code?: string) => Object.assign(new Error('x'), code ? { code } : {});

describe('errnoText', () => {
  it('says what went wrong in plain words, with the code kept', () => {
    expect(errnoText(err('ENOENT'))).toBe('it does not exist (ENOENT)');
    expect(errnoText(err('ENOENT'), true)).toBe('its folder does not exist (ENOENT)');
    expect(errnoText(err('EISDIR'), true)).toBe('it is a folder (EISDIR)');
    expect(errnoText(err('EACCES'))).toBe('permission denied (EACCES)');
    expect(errnoText(err('ENOSPC'), true)).toBe('the disk is full (ENOSPC)');
    expect(errnoText(err('EXDEV'))).toBe('EXDEV');
    expect(errnoText(err())).toBe('an input/output error');
  });
});

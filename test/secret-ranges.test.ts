// Where secrets lie in broken text, and that validation never describes a secret's value.
import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { describeIssues } from '../src/load/describe-issue';
import { rangeAt, secretRanges } from '../src/load/secret-ranges';
import { redactUrlSecrets } from '../src/util/secrets';

const valueOf = (text: string, key: string) => {
  const range = secretRanges(text).find((r) => r.key === key);
  return range && text.slice(range.start, range.end).trim();
};

describe('secretRanges', () => {
  it.each([
    ['password: *Xk92mQz\n', 'password', '*Xk92mQz'],
    ['a: 1\npassword:\n  *Xk92mQz\nb: 2\n', 'password', '*Xk92mQz'],
    ['settings: {password: *Xk92mQz, x: 1}\n', 'password', '*Xk92mQz'],
    ['{"id": 1, "password": "\\\\UABCDEFGH12", "x": 2}', 'password', '"\\\\UABCDEFGH12"'],
    ['password: |\n  line one\n  line two\ntopic: t\n', 'password', '|\n  line one\n  line two'],
    ['dynamic_host_key: "731946\n', 'dynamic_host_key', '"731946'],
    ['  encrypted_password: !t x\n bad: y\n', 'encrypted_password', '!t x'],
  ])('finds the value of a secret key in %j', (text, key, value) => {
    expect(valueOf(text, key)).toBe(value);
  });

  it('ends a value at its last character, not at the next line the parser complains about', () => {
    const text = 'id: 1\npassword: "Abcdefg1"\n topic: x\n';
    const next = text.indexOf(' topic');
    expect(rangeAt(secretRanges(text), next)).toBeUndefined();
    expect(rangeAt(secretRanges(text), next - 1)?.key).toBe('password');
  });

  it('finds link credentials by content, wherever they are', () => {
    const text = 'notes:\n  - "https://zoom.us/j/1?pwd=SECRET1"\ntopic: t\n';
    const ranges = secretRanges(text);
    const at = text.indexOf('SECRET1');
    expect(rangeAt(ranges, at)?.key).toBe('');
    expect(rangeAt(ranges, text.indexOf('topic'))).toBeUndefined();
  });

  it.each(['pwd', 'tk', 'zak', 'token', 'p', 'MTID', 'Token'])('finds a link by its %s= parameter under a key that is no secret\'s name', (parameter) => {
    // The same parameters redactUrlSecrets blanks: one list serves both.
    const text = `topic: "https://x.test/j?${parameter}=SECRET1\\q"\nid: 1\n`;
    expect(rangeAt(secretRanges(text), text.indexOf('SECRET1'))?.key).toBe('');
    expect(redactUrlSecrets(text)).not.toContain('SECRET1');
  });

  it('leaves ordinary keys alone', () => {
    expect(secretRanges('topic: *x\nid: 1\nwaiting_room: true\n')).toEqual([]);
  });
});

describe('describeIssues', () => {
  it('never passes on a custom message about a secret key', () => {
    const schema = z.object({ password: z.string().check(z.refine(() => false, 'Xk92mQz is too weak')), topic: z.string().check(z.refine(() => false, 'topic is odd')) });
    const data = { password: 'Xk92mQz', topic: 't' };
    const result = schema.safeParse(data);
    expect(result.success).toBe(false);
    const messages = describeIssues(result.error!.issues, data, schema).map((p) => p.message);
    expect(messages).toEqual(['password: is not a valid value (the value is not shown)', 'topic: topic is odd']);
  });
});

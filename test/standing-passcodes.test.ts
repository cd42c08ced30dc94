// The host's standing passcodes (schedule_meeting.default_password_for_scheduled_meetings
// and pmi_password) are secrets: a parser message about a broken meeting file never
// quotes them, whatever the format.
import { describe, expect, it } from 'vitest';
import { secretRanges } from '../src/load/secret-ranges';
import { runCli, tempProject } from './helpers/cli';

const DEFAULT = 'Vq7Kx2Lm9Tz4';
const PMI = 'Rb8Nw3Hy6Jc5';
const runs = [DEFAULT, PMI].flatMap((p) => Array.from({ length: p.length - 4 }, (_, i) => p.slice(i, i + 5)));

describe('standing passcodes are secret-bearing keys', () => {
  it('both keys mark their values as secret ranges, also where the value is an alias', () => {
    const keysOver = (text: string, value: string) => {
      const at = text.indexOf(value);
      return secretRanges(text).filter((r) => r.start <= at && r.end >= at + value.length - 1).map((r) => r.key);
    };
    const yaml = `host_settings:\n  schedule_meeting:\n    default_password_for_scheduled_meetings: ${DEFAULT}\n    pmi_password: "${PMI}"\n`;
    expect(keysOver(yaml, DEFAULT)).toContain('default_password_for_scheduled_meetings');
    expect(keysOver(yaml, PMI)).toContain('pmi_password');
    expect(keysOver(`{"pmi_password": "${PMI}"}`, PMI)).toContain('pmi_password');
    expect(keysOver(`    pmi_password: *${PMI}\n`, PMI)).toContain('pmi_password');
  });

  it('a parser error on either key quotes no run of 5 of its characters, in any format', () => {
    for (const key of ['default_password_for_scheduled_meetings', 'pmi_password']) {
      const value = key === 'pmi_password' ? PMI : DEFAULT;
      // An unresolved alias: the parser's message names it.
      const dir = tempProject({ 'meeting.yaml': `id: 85746065432\nhost_settings:\n  schedule_meeting:\n    ${key}: *${value}\n` });
      for (const format of ['pretty', 'json', 'sarif', 'junit', 'github']) {
        const r = runCli(['meeting.yaml', '-f', format], { cwd: dir });
        expect(r.code, `${key} ${format}`).toBe(2);
        expect(r.stdout + r.stderr).toContain(`${key}: a value starting with * must be quoted (the value is not shown)`);
        for (const run of runs) expect(r.stdout + r.stderr, `${key} ${format}: ${run}`).not.toContain(run);
      }
    }
  });
});

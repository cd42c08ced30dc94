// The host's standing passcodes (schedule_meeting.default_password_for_scheduled_meetings
// and pmi_password) are secrets: a parser message about a broken meeting file never
// quotes them, whatever the format.
import { describe, expect, it } from 'vitest';
import { secretValuesIn } from '../src/util/secrets';
import { runCli, tempProject } from './helpers/cli';

const DEFAULT = 'Vq7Kx2Lm9Tz4';
const PMI = 'Rb8Nw3Hy6Jc5';
const runs = [DEFAULT, PMI].flatMap((p) => Array.from({ length: p.length - 4 }, (_, i) => p.slice(i, i + 5)));

describe('standing passcodes are secret-bearing keys', () => {
  it('secretValuesIn finds both keys, also where the value is an alias', () => {
    expect(secretValuesIn(`host_settings:\n  schedule_meeting:\n    default_password_for_scheduled_meetings: ${DEFAULT}\n    pmi_password: "${PMI}"\n`)).toEqual([DEFAULT, PMI]);
    expect(secretValuesIn(`{"pmi_password": "${PMI}"}`)).toEqual([PMI]);
    expect(secretValuesIn(`    pmi_password: *${PMI}\n`)).toEqual([`*${PMI}`, PMI]);
  });

  it('a parser error on either key quotes no run of 5 of its characters, in any format', () => {
    for (const key of ['default_password_for_scheduled_meetings', 'pmi_password']) {
      const value = key === 'pmi_password' ? PMI : DEFAULT;
      // An unresolved alias: the parser's message names it.
      const dir = tempProject({ 'meeting.yaml': `id: 85746065432\nhost_settings:\n  schedule_meeting:\n    ${key}: *${value}\n` });
      for (const format of ['pretty', 'json', 'sarif', 'junit', 'github']) {
        const r = runCli(['meeting.yaml', '-f', format], { cwd: dir });
        expect(r.code, `${key} ${format}`).toBe(2);
        expect(r.stdout + r.stderr).toContain('Unresolved alias');
        for (const run of runs) expect(r.stdout + r.stderr, `${key} ${format}: ${run}`).not.toContain(run);
      }
    }
  });
});

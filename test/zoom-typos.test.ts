// Typos against Zoom's whole vocabulary, value slips, and one round of problems (trial items 5, 6, 22, 23).
import { describe, expect, it } from 'vitest';
import { parseAnyMeeting, parseMeeting } from '../src/load/parse-meeting';
import { boundedDistance, vocabularyLoaded, zoomKeyTypos } from '../src/load/zoom-typos';
import vocabulary from '../src/model/zoom-vocabulary.json';

function errorOf(text: string) {
  const result = parseMeeting(text);
  if (result.ok) throw new Error('expected an error');
  return result.error;
}
const messages = (text: string) => {
  const error = errorOf(text);
  return (error.problems ?? [error]).map((p) => `${p.line}: ${p.message}`);
};

describe('Zoom key typos', () => {
  it('a clean file is checked without loading the vocabulary', () => {
    const result = parseMeeting('id: 1\ntype: 2\npassword: "x1y2z3w4"\nsettings:\n  waiting_room: false\n  auto_recording: none\nhost_settings:\n  meeting_security:\n    embed_password_in_join_link: false\nmediation:\n  lock_after_join: true\n');
    expect(result.ok).toBe(true);
    expect(vocabularyLoaded()).toBe(false);
  });

  it('says "did you mean" for a near-miss in settings, with its line', () => {
    const error = errorOf('type: 2\nsettings:\n  waitng_room: false\n');
    expect(error).toMatchObject({ line: 3, column: 3, pointer: '/settings/waitng_room' });
    expect(error.message).toBe('settings.waitng_room: unknown key in settings; did you mean "waiting_room"?');
    expect(vocabularyLoaded()).toBe(true);
  });

  it('catches near-misses at the top level, in host_settings groups and keys, and in account_settings', () => {
    expect(messages('pasword: "abcd1234"\njoin_ulr: https://zoom.us/j/1\n')).toEqual([
      '1: pasword: unknown key at the top level; did you mean "password"?',
      '2: join_ulr: unknown key at the top level; did you mean "join_url"?',
    ]);
    expect(messages('host_settings:\n  meeting_securty:\n    x: 1\n  in_meeting:\n    breakout_rooom: true\n')).toEqual([
      '2: host_settings.meeting_securty: unknown key in host_settings; did you mean "meeting_security"?',
      '5: host_settings.in_meeting.breakout_rooom: unknown key in host_settings.in_meeting; did you mean "breakout_room"?',
    ]);
    expect(messages('account_settings:\n  recording:\n    archiv: {}\n')).toEqual([
      '3: account_settings.recording.archiv: unknown key in account_settings.recording; did you mean "archive"?',
    ]);
  });

  it('takes a key that differs only by case or separator for a typo, whatever its length', () => {
    expect(errorOf('settings:\n  waitingRoom: false\n').message).toContain('did you mean "waiting_room"?');
    expect(errorOf('settings:\n  Auto-Recording: none\n').message).toContain('did you mean "auto_recording"?');
    expect(errorOf('ID: 5\n').message).toBe('ID: unknown key at the top level; did you mean "id"?');
  });

  it('accepts every Zoom field, and unknown keys that are near none', () => {
    // Every name at its place, as null: the model types a few of them (null is not their type),
    // so only unknown-key problems matter here.
    const lines = [
      ...vocabulary.meeting.filter((k) => k !== 'settings').map((k) => `${k}: null`),
      'settings:',
      ...vocabulary.settings.map((k) => `  ${k}: null`),
      ...(['host_settings', 'account_settings'] as const).flatMap((block) => [
        `${block}:`,
        ...Object.entries(vocabulary[block]).flatMap(([group, keys]) => [`  ${group}:`, ...keys.map((k) => `    ${k}: null`)]),
      ]),
    ];
    expect(lines.length).toBeGreaterThan(500);
    const result = parseMeeting(lines.join('\n') + '\n');
    const problems = result.ok ? [] : (result.error.problems ?? [result.error]);
    expect(problems.filter((p) => p.message.includes('unknown key'))).toEqual([]);
    expect(problems.length).toBeGreaterThan(0); // the typed ones, so the file was really validated
    expect(parseMeeting('case_number: 2024-17\nnotes: x\nsettings:\n  my_own_flag: true\n').ok).toBe(true);
  });

  it('does not guess for short keys', () => {
    expect(zoomKeyTypos({ ip: 1, tz: 2, cas: 3 })).toEqual([]);
  });

  it('leaves Teams and Webex documents to their own names', () => {
    expect(zoomKeyTypos({ platform: 'teams', pasword: 'x' })).toEqual([]);
    expect(zoomKeyTypos({ joinWebUrl: 'u', lobbyBypassSettings: {}, pasword: 'x' })).toEqual([]);
    expect(zoomKeyTypos({ meetingNumber: '1', webLink: 'u', pasword: 'x' })).toEqual([]);
  });

  it('holds a document that says platform: zoom to Zoom\'s names, whatever other platforms\' keys it carries', () => {
    // The schema is chosen by detectPlatform: `platform: zoom` wins over Teams' marker keys, so the typo check must agree.
    const text = 'platform: zoom\njoinWebUrl: https://teams.example/l/1\nlobbyBypassSettings:\n  scope: organizer\npasword: x\n';
    const result = parseAnyMeeting(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.platform).toBe('zoom');
    expect(result.error).toMatchObject({ line: 5, pointer: '/pasword', message: 'pasword: unknown key at the top level; did you mean "password"?' });
  });

  it('never quotes a value in a typo message', () => {
    const error = errorOf('pasword: "Zq7Wx9Rt"\n');
    expect(JSON.stringify(error)).not.toContain('Zq7Wx');
  });
});

describe('value slips', () => {
  it('a quoted number where a number belongs says to remove the quotes', () => {
    expect(errorOf('type: "2"\n').message).toBe('type: must be a number, not text: remove the quotes');
    expect(errorOf('type: "7"\n').message).toContain('type: must be one of 1, 2, 3, 4, 8, 10');
  });

  it('enum slips get "did you mean"', () => {
    expect(errorOf('mediation:\n  participants:\n    - role: Party\n').message).toBe(
      'mediation.participants[0].role: must be one of "party", "counsel", "mediator", "observer", "expert", "other"; did you mean "party"?',
    );
    expect(errorOf('settings:\n  auto_recording: None\n').message).toBe('settings.auto_recording: must be one of "local", "cloud", "none"; did you mean "none"?');
    expect(errorOf('mediation:\n  participants:\n    - network: privat\n').message).toContain('did you mean "private"?');
  });

  it('a yes/no word for a flag says which to write', () => {
    expect(errorOf('settings:\n  waiting_room: "no"\n').message).toBe('settings.waiting_room: must be true or false, not text (write false, without quotes)');
  });

  it('a version read as a number asks for quotes and the full form at once', () => {
    expect(errorOf('mediation:\n  client:\n    minimum_version: 6.4\n').message).toBe(
      'mediation.client.minimum_version: must be a version in quotes, written major.minor.patch, like "6.4.0"',
    );
  });

  it('reports key typos and value problems in one round', () => {
    const text = 'setting:\n  waiting_room: false\ntype: "2"\npassword: 1e5\nsettings:\n  auto_recording: None\nmediaton: {}\n';
    expect(messages(text)).toEqual([
      '1: setting: unknown key at the top level; did you mean "settings"?',
      '3: type: must be a number, not text: remove the quotes',
      '4: password: must be text, not a number (put it in quotes: YAML reads bare digits as a number and drops leading zeros)',
      '6: settings.auto_recording: must be one of "local", "cloud", "none"; did you mean "none"?',
      '7: mediaton: unknown key at the top level; did you mean "mediation"?',
    ]);
  });
});

describe('boundedDistance', () => {
  it('is the edit distance up to the limit, and limit + 1 beyond', () => {
    expect(boundedDistance('waitng_room', 'waiting_room', 2)).toBe(1);
    expect(boundedDistance('kitten', 'sitting', 3)).toBe(3);
    expect(boundedDistance('kitten', 'sitting', 2)).toBe(3);
    expect(boundedDistance('abc', 'abc', 0)).toBe(0);
    expect(boundedDistance('abcdef', 'ab', 2)).toBe(3);
  });

  it('stays fast on a hostile file of many unknown keys', () => {
    const keys = Array.from({ length: 3_000 }, (_, i) => `  waiting_rxom_${i % 10}${i}: 1`);
    const started = performance.now();
    const result = parseMeeting('settings:\n' + keys.join('\n') + '\n');
    expect(result.ok).toBe(true);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

describe('names Zoom uses elsewhere', () => {
  it('are never taken for typos, wherever they stand', () => {
    // Zoom says participant_video in meeting settings and participants_video in the user's schedule_meeting group.
    expect(vocabulary.settings).toContain('participant_video');
    expect(vocabulary.host_settings.schedule_meeting).toContain('participants_video');
    expect(parseMeeting('host_settings:\n  schedule_meeting:\n    participant_video: true\n').ok).toBe(true);
  });
});

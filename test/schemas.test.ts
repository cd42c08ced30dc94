// The shipped JSON Schemas accept every fixture and every JSON report, and reject what the tool rejects.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { SCHEMAS } from '../src/commands/print-schema';
import { ROOT, runCli, tempProject } from './helpers/cli';

const ajv = new Ajv2020({ allErrors: true, strict: false });
const schema = (name: string) => JSON.parse(readFileSync(path.join(ROOT, 'dist/schemas', `${name}.schema.json`), 'utf8'));
const validateMeeting = ajv.compile(schema('meeting'));
const validateTeams = ajv.compile(schema('teams-meeting'));
const validateWebex = ajv.compile(schema('webex-meeting'));
const validateReport = ajv.compile(schema('report'));
const validatePolicy = ajv.compile(schema('policy'));

describe('JSON Schemas', () => {
  it('are printed by the schema command exactly as shipped, each one it knows', () => {
    const names = Object.keys(SCHEMAS);
    expect(readdirSync(path.join(ROOT, 'dist/schemas')).sort()).toEqual(names.map((name) => `${name}.schema.json`).sort());
    for (const name of names) {
      const r = runCli(['schema', name]);
      expect(r.code).toBe(0);
      expect(JSON.parse(r.stdout)).toEqual(schema(name));
    }
    expect(runCli(['schema', 'meetings']).code).toBe(2);
  });

  it('accept every fixture as a meeting file', () => {
    const fixtures = readdirSync(path.join(ROOT, 'fixtures'));
    expect(fixtures.length).toBeGreaterThanOrEqual(3);
    for (const file of fixtures) {
      const data = parse(readFileSync(path.join(ROOT, 'fixtures', file), 'utf8'));
      // Each platform's file against its own schema (the fixtures are named after their platform).
      const validate = file.startsWith('teams-') ? validateTeams : file.startsWith('webex-') ? validateWebex : validateMeeting;
      expect(validate(data), `${file}: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
  });

  it('reject what validation rejects', () => {
    expect(validateMeeting({ settings: { waiting_room: 'yes' } })).toBe(false);
    expect(validateMeeting({ mediation: { lock_after_joining: true } })).toBe(false);
    expect(validateMeeting({ mediation: { participants: [{ network: 'hotel-wifi' }] } })).toBe(false);
    expect(validateMeeting({ mediation: { client: { minimum_version: '5.4' } } })).toBe(false);
    expect(validateMeeting({ type: 5 })).toBe(false);
    expect(validateTeams({ lobbyBypassSettings: { scope: 'anyone' } })).toBe(false);
    expect(validateTeams({ lobbyBypassSettings: { scope: 'unknownFutureValue' } })).toBe(true);
    expect(validateWebex({ unlockedMeetingJoinSecurity: 'open' })).toBe(false);
    expect(validatePolicy({ profile: 'current', waivers: [{ rule: 'no-waiting-room', reason: 'x', expires: '2027-01-31' }] })).toBe(true);
    expect(validatePolicy({ waivers: [{ rule: 'no-waiting-room' }] })).toBe(false);
  });

  it('type the policy file as the tool checks it: profiles, rule ids, severities, each rule\'s options, dates', () => {
    const readme = { profile: 'current', rules: { 'passcode-not-in-link': 'error', 'authenticated-participants': 'off', 'client-version': { severity: 'error', floor: '6.0.0' }, 'passcode-strength': { min_length: 10 } }, require_locked: true, waivers: [{ rule: 'waiting-room', target: 'intake/*.yaml', reason: 'r', expires: '2027-01-31' }] };
    expect(validatePolicy(readme), JSON.stringify(validatePolicy.errors)).toBe(true);
    expect(validatePolicy({ profile: 'curent' })).toBe(false);
    expect(validatePolicy({ rules: { 'client-version': 'eror' } })).toBe(false);
    expect(validatePolicy({ rules: { 'client-versions': 'error' } })).toBe(false);
    expect(validatePolicy({ rules: { 'client-version': { flor: '6.0.0' } } })).toBe(false);
    expect(validatePolicy({ rules: { 'passcode-strength': { min_length: 'ten' } } })).toBe(false);
    expect(validatePolicy({ waivers: [{ rule: 'waiting-rom', reason: 'r' }] })).toBe(false);
    expect(validatePolicy({ waivers: [{ rule: 'waiting-room', reason: 'r', expires: '31/01/2027' }] })).toBe(false);
  });

  it('give editors hover help for the meeting file\'s keys, with where to find them in Zoom', async () => {
    const { MEETING_DESCRIPTIONS, schemaAt } = await import('../src/commands/schema-extras');
    const meeting = schema('meeting');
    for (const [keyPath, text] of Object.entries(MEETING_DESCRIPTIONS)) expect(schemaAt(meeting, keyPath)?.description, keyPath).toBe(text);
    expect(schemaAt(meeting, 'settings.waiting_room')?.description).toContain('Edit → Security → Waiting Room');
    expect(schemaAt(meeting, 'mediation.participants[].network')?.description).toContain('private, vpn, public or unknown');
  });

  it('accept every JSON report: clean, failing, errored, waived, current profile', () => {
    const dir = tempProject({
      'risky.yaml': readFileSync(path.join(ROOT, 'fixtures/risky-meeting.yaml')),
      'broken.yaml': 'settings:\n  waiting_room: 1\nmediation:\n  extra: 1\n',
      'policy.yaml': 'waivers:\n  - rule: no-waiting-room\n    reason: r\n    expires: 2020-01-01\n  - rule: no-auto-recording\n    reason: r\n',
    });
    const runs = [
      runCli(['fixtures', '-f', 'json']),
      runCli(['fixtures', '-f', 'json', '--profile', 'current']),
      runCli(['.', '-f', 'json', '-c', 'policy.yaml'], { cwd: dir }),
      runCli(['-', '-f', 'json'], { input: 'type: 2\n' }),
    ];
    for (const r of runs) {
      const report = JSON.parse(r.stdout);
      expect(validateReport(report), JSON.stringify(validateReport.errors)).toBe(true);
    }
    const waivedReport = JSON.parse(runs[2]!.stdout);
    expect(waivedReport.summary.checks.waived).toBe(1);
    expect(validateReport({ ...waivedReport, schemaVersion: 2 })).toBe(false);
  });
});

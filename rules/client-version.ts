import { defineRule } from '../src/engine/define-rule';
import { byHand } from '../src/engine/fix';
import { isVersion, versionSchema } from '../src/model/meeting-values';
import { compareVersions } from '../src/util/version';
import { CITIZEN_LAB_2020, PROPER_USE_POST, ZOOM_90_DAY_PLAN, ZOOM_API_USER_SETTINGS } from './sources';

/** Zoom 5.0 (April 2020) brought AES-256-GCM; from 30 May 2020 older clients could no longer join. */
export const MINIMUM_FLOOR = '5.0.0';

const BROWSER_MEDIATION = '/mediation/client/browser_join';
const BROWSER_HOST = '/host_settings/in_meeting/show_a_join_from_your_browser_link';
const HIDE_LINK = byHand('Hide the "Join from your browser" link (a setting of the host).', 'Zoom web portal: Settings → Meeting → In Meeting (Advanced) → "Show a \'Join from your browser\' link": off');
const DESKTOP = '/host_settings/in_meeting/join_from_desktop';
const MOBILE = '/host_settings/in_meeting/join_from_mobile';
const VERSION = '/mediation/client/minimum_version';

export default defineRule({
  id: 'client-version',
  severity: 'error',
  summary: 'Everyone joins with a current Zoom desktop client, not from a web browser.',
  rationale:
    'The desktop client gets security fixes first and supports Zoom\'s strongest encryption; the browser client lags and cannot join end-to-end encrypted meetings. ' +
    'Zoom 5.0 (April 2020) introduced AES-256-GCM, so no client below 5.0.0 is acceptable; a firm can raise the floor.',
  fix:
    'Zoom web portal: Settings → Meeting → In Meeting (Advanced) → turn off "Show a \'Join from your browser\' link" and the settings that let participants join from a desktop or mobile browser (hiding the link alone does not stop browser joins); ask everyone to update the Zoom desktop app ("Check for Updates" in the app). In the file: host_settings.in_meeting.join_from_desktop and join_from_mobile: false, mediation.client.browser_join: false, and mediation.client.minimum_version (the lowest version allowed). ' +
    'Teams and Webex: ask everyone to join with the desktop or mobile app, and record it as mediation.client.browser_join: false (a Teams meeting with end-to-end encryption admits no browser). The version floor is Zoom\'s numbering and is not judged there.',
  sources: [PROPER_USE_POST, CITIZEN_LAB_2020, ZOOM_90_DAY_PLAN, ZOOM_API_USER_SETTINGS],
  history:
    'In the April 2020 proper-use list: the latest desktop client, not a browser (marked provisional then, as Citizen Lab thought the browser might be marginally safer). Zoom 5.0 (27 April 2020) brought AES-256-GCM and from 30 May 2020 older clients could not join, which sets the 5.0.0 floor. In both profiles. Second release: "browser joins off" means mediation.client.browser_join: false, or the host\'s join_from_desktop and join_from_mobile both off; a hidden browser link alone is not enough.',
  options: {
    defaults: { floor: MINIMUM_FLOOR },
    schema: (z) =>
      z.strictObject({
        floor: z.optional(
          versionSchema(z).check(
            // Judged only as a version: text that is none already has its message.
            z.refine((v) => !isVersion(v) || compareVersions(v, MINIMUM_FLOOR) >= 0, `must be ${MINIMUM_FLOOR} or above`),
          ),
        ),
      }),
    describe: { floor: `lowest acceptable mediation.client.minimum_version (at least ${MINIMUM_FLOOR})` },
  },
  messages: {
    browser: 'Participants may join from a web browser (mediation.client.browser_join is true).',
    browserLink: 'The host settings show a "join from your browser" link.',
    old: 'The minimum client version {version} is below the floor {floor}.',
    ok: 'Everyone joins with client {version} or later (floor {floor}), and not from a browser.',
    missing: 'Nothing is known of the clients: add mediation.client.minimum_version (at least {floor}) and mediation.client.browser_join: false.',
    noVersion: 'Browser joins are off, but no minimum client version is given: add mediation.client.minimum_version (at least {floor}).',
    noBrowser: 'The client version is fine, but it is not known whether browser joins are off: add mediation.client.browser_join: false.',
    appOnly: 'Participants do not join from a web browser (mediation.client.browser_join is false); on {platform} the version floor, which is Zoom\'s, is not judged.',
    teamsEncrypted: 'The meeting is end-to-end encrypted (isEndToEndEncryptionEnabled is true), which Teams offers to its desktop and mobile apps only, not to a browser.',
    appMissing: 'Not known whether participants join from a web browser: add mediation.client.browser_join: false.',
    linkOnly: 'The browser link is hidden, but participants can still join from a browser unless the host turns off in_meeting.join_from_desktop and join_from_mobile (or add mediation.client.browser_join: false).',
  },
  check(meeting, { options, pass, fail, unknown }) {
    const client = meeting.mediation?.client;
    const inMeeting = meeting.host_settings?.in_meeting;
    const showLink = inMeeting?.show_a_join_from_your_browser_link;
    const floor = options.floor;
    if (client?.browser_join === true) return fail('browser', BROWSER_MEDIATION);
    if (showLink === true) return fail('browserLink', BROWSER_HOST, {}, undefined, HIDE_LINK);
    const version = client?.minimum_version;
    if (version !== undefined && compareVersions(version, floor) < 0) return fail('old', VERSION, { version, floor });
    // Off when declared, or when Zoom allows no browser join at all; a hidden link still lets people in.
    const hostOff = inMeeting?.join_from_desktop === false && inMeeting?.join_from_mobile === false;
    const browserOff = client?.browser_join === false || hostOff;
    const facts = client?.browser_join === false ? [VERSION] : [VERSION, DESKTOP, MOBILE];
    if (version !== undefined && browserOff) return pass('ok', VERSION, { version, floor }, facts);
    if (version !== undefined) return unknown(showLink === false ? 'linkOnly' : 'noBrowser', BROWSER_MEDIATION, {}, [BROWSER_HOST]);
    if (browserOff) return unknown('noVersion', VERSION, { floor }, facts);
    return unknown('missing', VERSION, { floor });
  },
  // Teams and Webex: only whether a browser may join is judged; minimum_version counts Zoom's versions.
  teams(meeting, { pass, fail, unknown }) {
    const browser = meeting.mediation?.client?.browser_join;
    if (browser === true) return fail('browser', BROWSER_MEDIATION);
    if (browser === false) return pass('appOnly', BROWSER_MEDIATION, { platform: 'Teams' });
    if (meeting.isEndToEndEncryptionEnabled === true) return pass('teamsEncrypted', '/isEndToEndEncryptionEnabled');
    return unknown('appMissing', BROWSER_MEDIATION, {}, [BROWSER_MEDIATION, '/isEndToEndEncryptionEnabled']);
  },
  webex(meeting, { pass, fail, unknown }) {
    const browser = meeting.mediation?.client?.browser_join;
    if (browser === true) return fail('browser', BROWSER_MEDIATION);
    if (browser === false) return pass('appOnly', BROWSER_MEDIATION, { platform: 'Webex' });
    return unknown('appMissing', BROWSER_MEDIATION);
  },
});

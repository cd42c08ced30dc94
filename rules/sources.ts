// Sources cited by more than one rule.
import type { Source } from '../src/engine/define-rule';

export const PROPER_USE_POST: Source = {
  title: 'Kluwer Mediation Blog (April 2020): a mediator\'s list of "proper use" of Zoom, and its readers\' comments',
  url: 'https://mediationblog.kluwerarbitration.com/',
};

export const CITIZEN_LAB_2020: Source = {
  title: 'Citizen Lab, "Move Fast and Roll Your Own Crypto" (3 April 2020) and its FAQ (waiting-room follow-up, 8 April 2020)',
  url: 'https://citizenlab.ca/2020/04/faq-on-zoom-security-issues',
};

export const ZOOM_API_MEETING: Source = {
  title: 'Zoom Meetings API, GET /meetings/{meetingId} (meeting object fields)',
  url: 'https://developers.zoom.us/docs/api/meetings/',
};

export const ZOOM_90_DAY_PLAN: Source = {
  title: 'Zoom, 90-day security plan progress reports (April to July 2020)',
  url: 'https://blog.zoom.us/90-day-security-plan-progress-report-april-22/',
};

export const CIS_ZOOM: Source = {
  title: 'CIS Zoom Benchmark v1.0.0 (as implemented in the Turbot/Powerpipe zoom_compliance mod)',
  url: 'https://hub.powerpipe.io/mods/turbot/zoom_compliance/controls',
};

export const FBI_2020: Source = {
  title: 'FBI Boston, "FBI warns of teleconferencing and online classroom hijacking" (30 March 2020)',
};

export const NIST_NCCOE: Source = {
  title: 'NIST NCCoE, telework tips for secure video conferencing (2020)',
  url: 'https://www.nccoe.nist.gov/news/federal-telework-how-ensure-secure-videoconferencing',
};

export const ZOOM_E2EE: Source = {
  title: 'Zoom Meetings API, GET /meetings/{meetingId}, settings.encryption_type: end-to-end encryption disables join before host, cloud recording, streaming, live transcription, breakout rooms, polling, 1:1 private chat and meeting reactions, and phone/SIP/H.323 dial-in (spec text, 2026)',
  url: 'https://developers.zoom.us/docs/api/meetings/#tag/meetings/GET/meetings/{meetingId}',
};

export const ZOOM_E2EE_SUPPORT: Source = {
  title: 'Zoom Support, "Using end-to-end encryption" (article 360048660871, linked from the API spec)',
  url: 'https://support.zoom.us/hc/en-us/articles/360048660871',
};

export const ZOOM_SECURITY_OPTION: Source = {
  title: 'Zoom, "Meeting API Security Enhancements": every meeting secured by a passcode, a waiting room or authentication (from 20 December 2020)',
  url: 'https://developers.zoom.us/docs/api/references/meeting-api-security-enhancements/',
};

export const ZOOM_API_USER_SETTINGS: Source = {
  title: 'Zoom Users API, GET /users/{userId}/settings (the host\'s in_meeting, schedule_meeting and, with option=meeting_security, meeting_security settings)',
  url: 'https://developers.zoom.us/docs/api/users/',
};

export const ZOOM_API_ACCOUNT_SETTINGS: Source = {
  title: 'Zoom Accounts API, GET /accounts/{accountId}/settings and GET /accounts/{accountId}/lock_settings',
  url: 'https://developers.zoom.us/docs/api/accounts/',
};

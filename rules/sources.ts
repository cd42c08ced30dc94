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
  title: 'Zoom, end-to-end encryption (October 2020): what it turns off (join before host, cloud recording, breakout rooms, polling, private chat, dial-in, web client)',
  url: 'https://docs.rs/zoom-api/0.3.1/zoom_api/types/enum.EncryptionType.html',
};

export const ZOOM_SECURITY_OPTION: Source = {
  title: 'Zoom, "Meeting API Security Enhancements": every meeting secured by a passcode, a waiting room or authentication (from 20 December 2020)',
  url: 'https://developers.zoom.us/docs/api/references/meeting-api-security-enhancements/',
};

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

// Zoom's rate-limit labels for the endpoints this tool calls (zoom-api notes §4.4,
// from the OpenAPI documents), and where each label's adaptive pace starts. Zoom
// counts each label's requests per account, summed over all its endpoints.

export type ZoomRateLabel = 'Light' | 'Medium' | 'Heavy' | 'Resource-intensive';

const LABELS: [RegExp, ZoomRateLabel][] = [
  [/^\/meetings\/[^/]+$/, 'Light'], // GET /meetings/{meetingId}
  [/^\/users\/[^/]+$/, 'Light'], // GET /users/{userId}
  [/^\/users$/, 'Medium'],
  [/^\/users\/[^/]+\/meetings$/, 'Medium'],
  [/^\/users\/[^/]+\/settings$/, 'Medium'],
  [/^\/users\/[^/]+\/meeting_templates(\/[^/]+)?$/, 'Medium'],
  [/^\/accounts\/[^/]+\/(settings|lock_settings)$/, 'Medium'],
  [/^\/metrics\//, 'Resource-intensive'],
];

/** The label of an API path (relative to the base URL, without query); Medium when unknown, the commonest for reads. */
export function zoomRateLabel(path: string): ZoomRateLabel {
  const bare = path.split('?')[0]!;
  return LABELS.find(([re]) => re.test(bare))?.[1] ?? 'Medium';
}

/**
 * Starting rates, requests per second: safe on every paid plan (Pro: Light 30,
 * Medium 20, Heavy 10 per second), found upwards from there. A Free account
 * (Light 4, Medium 2) gets a few 429s at first and is slowed to its limit.
 */
export const ZOOM_INITIAL_RATES: Readonly<Record<ZoomRateLabel | 'token', number>> = {
  Light: 10,
  Medium: 10,
  Heavy: 5,
  'Resource-intensive': 10 / 60,
  token: 2,
};

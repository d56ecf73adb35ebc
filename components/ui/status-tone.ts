import type { BadgeTone } from './badge';

const TONES: Record<string, BadgeTone> = {
  not_started: 'neutral',
  draft: 'info',
  submitted: 'violet',
  returned: 'warning',
  approved: 'success',
};

/** A workflow status's badge tone (null: not started). Usable on the server and in the browser. */
export function statusTone(status: string | null): BadgeTone {
  return TONES[status ?? 'not_started'] ?? 'neutral';
}

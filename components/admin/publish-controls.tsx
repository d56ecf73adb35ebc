'use client';
// Placeholder until lib/actions/publish.ts (issue 6) lands: publishing goes through its publishYear.
export function PublishControls(_props: { planId: number; phase: 'review' | 'published'; unfinished: { sections: number; opinions: number } }) {
  return null;
}

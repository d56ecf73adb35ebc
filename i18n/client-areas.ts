// The messages each part of the app sends to the browser. A client component receives only the
// namespaces of its area (components/i18n/client-messages.tsx), not the whole catalogue: the
// login page carries its own few strings, not the admin's. Each area is opened by a layout in
// every one of its directories; i18n/client-areas.test.ts holds these lists to the import graph,
// so a component reading a namespace its area does not send fails the unit tests. An area's
// `editing` namespaces are sent only where something can be edited (ClientMessages' readOnly).
export const CLIENT_AREAS = {
  shell: { dirs: ['app'], namespaces: ['locale', 'nav'] },
  auth: { dirs: ['app/(auth)'], namespaces: ['account', 'locale', 'login'] },
  admin: {
    dirs: ['app/(app)/admin'],
    namespaces: [
      'admin',
      'adminTables',
      'kinds',
      'organisation',
      'phases',
      'planOutline',
      'publishGate',
      'reminders',
      'roles',
      'rosterFormat',
      'sentenceWording',
    ],
  },
  // A year's pages, and a mid-term plan's report (the same report view).
  year: { dirs: ['app/(app)/years/[year]', 'app/(app)/midterm/[planId]/report'], namespaces: ['pdfDownload'] },
  dashboard: {
    dirs: ['app/(app)/years/[year]/dashboard', 'app/(app)/trends'],
    namespaces: ['common', 'dashboard', 'figures', 'marks', 'status', 'trends'],
  },
  sections: {
    dirs: ['app/(app)/years/[year]/sections', 'app/(app)/midterm'],
    namespaces: [
      'actuals',
      'conflict',
      'consistency',
      'excel',
      'excelPrior',
      'figures',
      'history',
      'narrativeEditor',
      'narrativeTokens',
      'parseErrors',
      'rating',
      'sectionPage',
      'status',
      'workflow',
    ],
    // Read only by the editors of figures and text (a conflict, an Excel upload, a number typed
    // in): a published year, where nothing can be edited, leaves them out.
    editing: ['conflict', 'excel', 'excelPrior', 'parseErrors'],
  },
  review: {
    dirs: ['app/(app)/years/[year]/review/departments', 'app/(app)/years/[year]/opinions'],
    namespaces: ['compilation', 'confirmDialog', 'opinionAdmin', 'opinionEditor', 'responses', 'reviewDept'],
  },
  notifications: { dirs: ['app/(app)/notifications', 'app/(app)/settings', 'app/(app)/search'], namespaces: ['notifications'] },
} as const satisfies Record<string, { dirs: readonly string[]; namespaces: readonly string[]; editing?: readonly string[] }>;

export type ClientArea = keyof typeof CLIENT_AREAS;

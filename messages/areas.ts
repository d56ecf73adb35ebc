// Message files are split by area (messages/<locale>/<area>.json) so that features do not
// edit one shared file. Each file holds top-level namespaces; namespaces must not repeat.
export const MESSAGE_AREAS = [
  'core',
  'overview',
  'sections',
  'review',
  'dashboard',
  'admin',
  'report',
  'gate',
  'figures',
  'organisation',
  'notifications',
  'search',
  'exports',
  'audit',
  'pages',
  'hardening',
  'tables',
  'midterm',
  'landing',
] as const;

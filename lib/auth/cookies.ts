// Auth.js's session cookie names (the secure prefix when served over https). No imports: the
// proxy reads this too.
export const SESSION_COOKIES = ['__Secure-authjs.session-token', 'authjs.session-token'] as const;

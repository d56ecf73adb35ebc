// The e2e suite's ports: the shared server on HYOKA_E2E_PORT (default 3100) and the specs' own
// servers just above it, so that two checkouts can run their suites side by side.
export const E2E_PORT = Number(process.env.HYOKA_E2E_PORT ?? 3100);
export const E2E_BASE = `http://127.0.0.1:${E2E_PORT}`;

/** Own servers (e2e/own-server.ts): one port per spec that needs one. */
export const OWN_PORTS = {
  matrix: E2E_PORT + 1,
  concurrency: E2E_PORT + 2,
  crash: E2E_PORT + 3,
  publishGate: E2E_PORT + 4,
  firstRun: E2E_PORT + 5,
  notifications: E2E_PORT + 6,
  outlines: E2E_PORT + 7,
  midterm: E2E_PORT + 8,
} as const;

// Deterministic, plausible monthly values for demo data (fiscal order: April → March).
// No Math.random: the generator is seeded by a string, so the same inputs always give the
// same months.

/** Relative weight of each fiscal month for flows (Apr … Mar): slow start, peaks at the
 *  half-year end (Sep), before the year-end holidays (Dec) and at the fiscal year end (Mar). */
const SEASONAL = [0.86, 0.84, 1.0, 0.97, 0.86, 1.1, 0.96, 0.95, 1.14, 0.84, 0.96, 1.32] as const;

const MILLION = 1_000_000;

/** FNV-1a 32-bit hash of a string. */
function hashSeed(seed: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < seed.length; i++) {
    h ^= seed.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** mulberry32: small seeded PRNG returning floats in [0, 1). */
function prng(seed: string): () => number {
  let a = hashSeed(seed);
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Granularity of the generated values: yen amounts that are whole millions stay whole
 *  millions; everything else is an integer. */
function granularity(annual: number): number {
  return annual !== 0 && annual % MILLION === 0 ? MILLION : 1;
}

/**
 * Splits `units` (a non-negative integer) into 12 non-negative integers proportional to
 * `weights`, adding up exactly (largest-remainder method).
 */
function apportion(units: number, weights: number[]): number[] {
  const total = weights.reduce((s, w) => s + w, 0);
  const exact = weights.map((w) => (units * w) / total);
  const parts = exact.map((x) => Math.floor(x));
  let rest = units - parts.reduce((s, x) => s + x, 0);
  const order = exact.map((x, i) => ({ i, frac: x - Math.floor(x) })).sort((a, b) => b.frac - a.frac || a.i - b.i);
  for (let k = 0; rest > 0; k = (k + 1) % order.length, rest--) {
    parts[order[k]!.i]! += 1;
  }
  return parts;
}

/**
 * Twelve monthly values (April → March) for an indicator whose annual value is `annual`.
 *
 * - 'sum' (flows): integers that add up exactly to `annual`, shaped by a seasonal profile
 *   with seeded noise; multiples of 1,000,000 when `annual` is.
 * - 'end' (balances): a path from near `opts.prior` (or near `annual` when there is no prior)
 *   toward `annual`, with noise that fades out; March equals `annual` exactly.
 */
export function synthesizeMonthly(annual: number, aggregation: 'sum' | 'end', seed: string, opts?: { prior?: number | null }): number[] {
  if (!Number.isSafeInteger(annual)) {
    throw new Error(`synthesizeMonthly: annual must be a safe integer, got ${annual}`);
  }
  const rand = prng(`${seed}|${aggregation}|${annual}`);
  const unit = granularity(annual);

  if (aggregation === 'sum') {
    if (annual === 0) return new Array<number>(12).fill(0);
    const sign = annual < 0 ? -1 : 1;
    const units = Math.abs(annual) / unit;
    const weights = SEASONAL.map((w) => w * (0.85 + 0.3 * rand()));
    return apportion(units, weights).map((u) => (u === 0 ? 0 : sign * u * unit));
  }

  const prior = opts?.prior;
  const start = prior !== undefined && prior !== null && Number.isFinite(prior) ? prior : annual * (1 + (rand() - 0.5) * 0.04);
  const gap = annual - start;
  // Noise: a share of the distance travelled plus a small share of the level.
  const amplitude = Math.abs(gap) * 0.12 + Math.abs(annual) * 0.004;
  const values: number[] = [];
  for (let m = 0; m < 12; m++) {
    if (m === 11) {
      values.push(annual);
      break;
    }
    const progress = (m + 1) / 12;
    // Slightly eased path: balances move faster early in the year.
    const eased = 1 - (1 - progress) ** 1.3;
    const noise = (rand() * 2 - 1) * amplitude * (1 - progress);
    let v = Math.round((start + gap * eased + noise) / unit) * unit;
    if (annual >= 0 && start >= 0 && v < 0) v = 0;
    values.push(v === 0 ? 0 : v); // no -0
  }
  return values;
}

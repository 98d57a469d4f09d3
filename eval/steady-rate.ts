// The speed of a job run over and over, once V8 has finished compiling it: items per CPU second of this process.

export interface SteadyRateOptions {
  /** Warm-up before any sample may count, however flat the samples look. */
  minWarmMs: number;
  /** Warm-up after which the rate is taken even if it has not settled (a busy shared machine). */
  maxWarmMs: number;
  /** Length of the timed run once warm. */
  benchMs: number;
}

export interface SteadyRate {
  /** Items per CPU second (user + system) over the timed run. */
  rate: number;
  /** Seconds of warm-up spent before the timed run. */
  warmS: number;
  /** Whether the last samples of the warm-up agreed within SETTLED_SPREAD (else maxWarmMs ran out). */
  settled: boolean;
}

/** A warm-up sample: passes repeated for at least this long, so that one sample is never a single short pass. */
const SAMPLE_MS = 500;
/** Samples compared to call the rate settled, and how far apart (max − min, over their median) they may lie. */
const SETTLED_SAMPLES = 3;
const SETTLED_SPREAD = 0.1;

/**
 * Runs `pass` (which returns the items it did) until its rate per CPU second stops rising, then times it for
 * `benchMs`. CPU time, not wall time: other jobs on a shared core do not count, while V8's background compiler and GC
 * threads do. That is why a fixed warm-up is not enough: on a slow 2-core machine the optimising compiler was still
 * busy with the quote stage's large functions 8–10 s after the start, and a rate taken at 4–7 s read ~0.7× the one
 * every later pass gave.
 */
export function steadyRate(pass: () => number, options: SteadyRateOptions): SteadyRate {
  const started = performance.now();
  const samples: number[] = [];
  let settled = false;
  for (;;) {
    samples.push(sampleRate(pass));
    const elapsed = performance.now() - started;
    settled = hasSettled(samples);
    if ((settled && elapsed >= options.minWarmMs) || elapsed >= options.maxWarmMs) break;
  }
  const warmS = (performance.now() - started) / 1000;
  const benchStarted = performance.now();
  const cpu = process.cpuUsage();
  let done = 0;
  while (performance.now() - benchStarted < options.benchMs) done += pass();
  return { rate: done / cpuSeconds(process.cpuUsage(cpu)), warmS, settled };
}

function sampleRate(pass: () => number): number {
  const started = performance.now();
  const cpu = process.cpuUsage();
  let done = 0;
  while (performance.now() - started < SAMPLE_MS) done += pass();
  return done / cpuSeconds(process.cpuUsage(cpu));
}

function cpuSeconds(used: NodeJS.CpuUsage): number {
  return (used.user + used.system) / 1e6;
}

/** Whether the last SETTLED_SAMPLES rates lie within SETTLED_SPREAD of their median. */
export function hasSettled(rates: number[]): boolean {
  return rates.length >= SETTLED_SAMPLES && spread(rates.slice(-SETTLED_SAMPLES)) <= SETTLED_SPREAD;
}

function spread(rates: number[]): number {
  const sorted = [...rates].sort((x, y) => x - y);
  const median = sorted[Math.floor(sorted.length / 2)];
  return (sorted[sorted.length - 1] - sorted[0]) / median;
}

import { describe, expect, it } from 'vitest';
import { hasSettled, steadyRate } from '../eval/steady-rate.js';

describe('the speed measure of the evals', () => {
  it('calls a rate settled only when its last three samples agree within 10%', () => {
    // A JIT warm-up as measured on a slow 2-core machine: the rate rises for several passes, then wobbles.
    const series = [341, 747, 1138, 1334, 1722, 1997, 1866, 1985];
    const firstSettled = series.findIndex((_, n) => hasSettled(series.slice(0, n + 1)));
    expect(firstSettled).toBe(7);
    expect(hasSettled([2000, 2000])).toBe(false);
    expect(hasSettled([1000, 2000, 2050, 2010])).toBe(true);
  });

  it('times the job after the warm-up and reports whether it settled', () => {
    let passes = 0;
    const job = () => {
      passes++;
      let x = 0;
      for (let k = 0; k < 20_000; k++) x += Math.sqrt(k);
      return x > 0 ? 1 : 0;
    };
    const speed = steadyRate(job, { minWarmMs: 0, maxWarmMs: 1, benchMs: 50 });
    expect(speed.rate).toBeGreaterThan(0);
    expect(speed.warmS).toBeGreaterThan(0);
    expect(passes).toBeGreaterThan(1);
  });
});

import cliProgress from 'cli-progress';

export interface Progress {
  setTotal(total: number): void;
  tick(label?: string): void;
  stop(): void;
}

const SILENT: Progress = { setTotal() {}, tick() {}, stop() {} };

/** A progress bar on an interactive stderr; silent when piped (CI, scripts) or when asked. */
export function createProgress(options: { quiet?: boolean; stream?: NodeJS.WriteStream } = {}): Progress {
  const stream = options.stream ?? process.stderr;
  if (options.quiet || !stream.isTTY) return SILENT;
  const bar = new cliProgress.SingleBar(
    {
      stream,
      format: '{bar} {value}/{total} {percentage}% · {eta_formatted} left · {label}',
      hideCursor: true,
      clearOnComplete: true,
      etaBuffer: 50,
    },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  let total = 0;
  let done = 0;
  return {
    setTotal(n) {
      total = n;
      if (!started) {
        bar.start(total, done, { label: '' });
        started = true;
      } else bar.setTotal(total);
    },
    tick(label = '') {
      done++;
      if (!started) {
        bar.start(Math.max(total, done), done, { label });
        started = true;
      } else {
        if (done > total) bar.setTotal((total = done));
        bar.update(done, { label: label.length > 40 ? `…${label.slice(-39)}` : label });
      }
    },
    stop() {
      if (started) bar.stop();
    },
  };
}

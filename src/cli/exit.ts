export const ExitCode = {
  ok: 0,
  /** Some inputs failed; what succeeded is stored. */
  failure: 1,
  usage: 2,
  internal: 70,
} as const;

let pending: number = ExitCode.ok;

/** Commands report a non-zero status here instead of calling process.exit, so output is flushed first. */
export function setExitCode(code: number): void {
  pending = Math.max(pending, code);
}

export function takeExitCode(): number {
  const code = pending;
  pending = ExitCode.ok;
  return code;
}

/**
 * A start-up failure the operator can fix: it names the setting and what to do, and main.ts
 * prints it as one line (no stack) before exiting with code 1.
 */
export class StartupError extends Error {
  constructor(
    readonly setting: string,
    message: string,
  ) {
    super(`${setting}: ${message}`);
    this.name = 'StartupError';
  }
}

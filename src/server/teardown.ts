import type { Logger } from '../logger';

/**
 * What start-up has started so far, stopped in reverse order when a later step fails (or a signal
 * arrives before the node is up): no embedded PostgreSQL, pool or Redis client outlives a failed
 * start. Each step runs once; a failing step is logged and the rest still run.
 */
export class Teardown {
  private readonly steps: Array<{ name: string; stop: () => Promise<unknown> | unknown }> = [];

  add(name: string, stop: () => Promise<unknown> | unknown): void {
    this.steps.push({ name, stop });
  }

  async run(log?: Logger): Promise<void> {
    for (let step = this.steps.pop(); step; step = this.steps.pop()) {
      try {
        await step.stop();
      } catch (err) {
        log?.warn({ err, step: step.name }, 'stopping after a failed start-up step failed');
      }
    }
  }
}

/**
 * Operation names are chosen by clients: used as a label as is, any caller could create series
 * without bound. Names become labels first come, first served, up to a cap; after that, and for
 * anything that is not a plain GraphQL name, one shared value.
 */
export const ANONYMOUS_OPERATION = 'anonymous';
export const OTHER_OPERATION = 'other';
const NAME = /^[_A-Za-z][_0-9A-Za-z]{0,63}$/;

export class OperationNames {
  private readonly known = new Set<string>();

  constructor(private readonly cap: number) {}

  label(name: string | null | undefined): string {
    if (!name) return ANONYMOUS_OPERATION;
    if (this.known.has(name)) return name;
    if (!NAME.test(name) || this.known.size >= this.cap) return OTHER_OPERATION;
    this.known.add(name);
    return name;
  }
}

/** One per process, like the registry the labels go to. */
export const operationNames = new OperationNames(200);

/**
 * Operation names are chosen by clients: used as a label as is, any caller could create series
 * without bound. Names become labels first come, first served, up to a cap; after that, and for
 * anything that is not a plain GraphQL name, one shared value. Only an operation that resolved may
 * claim a slot, and anonymous callers share a small part of them: junk sent without a token can
 * hide other anonymous operations at worst, never the signed-in callers' ones.
 */
export type NameClaim = 'signedIn' | 'anonymous' | 'none';
export const ANONYMOUS_OPERATION = 'anonymous';
export const OTHER_OPERATION = 'other';
const NAME = /^[_A-Za-z][_0-9A-Za-z]{0,63}$/;

export class OperationNames {
  private readonly known = new Set<string>();
  private claimedAnonymously = 0;

  constructor(
    private readonly cap: number,
    private readonly anonymousCap: number,
  ) {}

  label(name: string | null | undefined, claim: NameClaim): string {
    if (!name) return ANONYMOUS_OPERATION;
    if (this.known.has(name)) return name;
    if (claim === 'none' || !NAME.test(name) || this.known.size >= this.cap) return OTHER_OPERATION;
    if (claim === 'anonymous') {
      if (this.claimedAnonymously >= this.anonymousCap) return OTHER_OPERATION;
      this.claimedAnonymously += 1;
    }
    this.known.add(name);
    return name;
  }
}

/** One per process, like the registry the labels go to. */
export const operationNames = new OperationNames(200, 20);

import type { ControlPlaneClient, GrantInput } from '../../../sdk';

/** Helpers shared by the permissions feature suites (not the escalation ones). */

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let setCounter = 0;
/** Set names are unique per database; suffix them so suites never collide. */
export function uniqueSetName(prefix: string): string {
  setCounter += 1;
  return `${prefix} ${Date.now().toString(36)}-${setCounter}`;
}

export { allow, deny } from '../../fixtures/grants';

/** A custom set created by `owner`, returned with its id. */
export async function customSet(owner: ControlPlaneClient, prefix: string, grants: GrantInput[], parentIds: string[] = []) {
  const { createPermissionSet } = await owner.CreatePermissionSet({ input: { name: uniqueSetName(prefix), grants, parentIds } });
  return createPermissionSet;
}

export const inSeconds = (s: number) => new Date(Date.now() + s * 1000).toISOString();

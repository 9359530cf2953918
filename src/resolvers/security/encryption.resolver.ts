import { Ctx, Mutation, Resolver } from 'type-graphql';
import type { AppContext } from '../../server/context';
import { EncryptionKeyRotation } from '../../schema/security/encryption.type';

@Resolver()
export class EncryptionResolver {
  @Mutation(() => EncryptionKeyRotation, { description: 'New data key for secrets at rest; every sealed value re-encrypted.' })
  async rotateEncryptionKey(@Ctx() ctx: AppContext) {
    const r = await ctx.services.encryption.rotateEncryptionKey();
    return { keyId: r.kid, retiredKeyId: r.retiredKid, resealed: r.resealed };
  }
}

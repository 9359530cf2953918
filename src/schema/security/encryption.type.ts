import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType()
export class EncryptionKeyRotation {
  @Field(() => String, { description: 'Id of the new active key (named in every new ciphertext).' })
  keyId!: string;

  @Field(() => String, { nullable: true, description: 'The key it replaced; kept to open old backups.' })
  retiredKeyId!: string | null;

  @Field(() => Int, { description: 'Sealed values re-encrypted with the new key.' })
  resealed!: number;
}

import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { DateTime } from '../shared/scalars';

export enum AuthLevel {
  PASSWORD = 'PASSWORD',
  MFA = 'MFA',
}
registerEnumType(AuthLevel, { name: 'AuthLevel', description: 'How strongly a session last authenticated.' });

@ObjectType({ description: 'Scan the QR code (or open the URI) in an authenticator app, then call confirmTotp.' })
export class TotpEnrollment {
  @Field(() => String, { description: 'otpauth:// URI holding the secret: show it only to the enrolling user.' })
  otpauthUri!: string;

  @Field(() => String, { description: 'The same URI as an SVG QR code.' })
  qrCodeSvg!: string;
}

@ObjectType()
export class StepUpStatus {
  @Field(() => AuthLevel)
  authLevel!: AuthLevel;

  @Field(() => DateTime)
  authenticatedAt!: Date;

  @Field(() => DateTime, { description: 'Sensitive operations pass step-up until then (STEP_UP_MAX_AGE).' })
  validUntil!: Date;
}

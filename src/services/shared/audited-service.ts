import { AuditService } from '../audit/audit.service';
import type { ServiceDeps } from '../deps';
import { ThreatDetector } from '../security/threat-detector';
import type { ServiceContext } from './service-context';

/** A service that changes things: bound to the caller, and writing the audit trail as it goes. */
export abstract class AuditedService {
  protected readonly audit: AuditService;
  protected readonly threats: ThreatDetector;

  constructor(
    protected readonly deps: ServiceDeps,
    protected readonly ctx: ServiceContext,
  ) {
    this.audit = new AuditService(deps, ctx);
    this.threats = new ThreatDetector(deps, ctx);
  }
}

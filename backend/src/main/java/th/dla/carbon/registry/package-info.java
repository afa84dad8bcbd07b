/**
 * Registry (ทะเบียนคาร์บอนเครดิต): T-VER projects, issuances and their allocation to LAOs, credit accounts, serial
 * blocks and the journal of every movement, plus the wet-waste-bin data the credits come from.
 *
 * <p>Other modules move credits only through {@link th.dla.carbon.registry.Ledger} (reserve, reassign, release,
 * transfer, retire) and read them through its queries. Each operation is one database transaction, safe under
 * concurrent callers, writes journal entries and an audit event, and never creates or loses a credit
 * ({@link th.dla.carbon.registry.Ledger#verify()} proves it). Issuances are created through
 * {@link th.dla.carbon.registry.Issuances}; serial numbers are formatted and parsed by
 * {@link th.dla.carbon.registry.SerialNumber}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Registry")
package th.dla.carbon.registry;

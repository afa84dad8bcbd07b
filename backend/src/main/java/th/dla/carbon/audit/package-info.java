/**
 * Audit (บันทึกการตรวจสอบ): an append-only, tamper-evident log of every state change in the product. Modules call
 * {@link th.dla.carbon.audit.AuditLog#append(th.dla.carbon.audit.AuditEvent)} inside their own transaction; each event
 * carries the SHA-256 of the previous event of its stream and its own hash over a canonical JSON encoding, so
 * altering, inserting or deleting a row breaks the chain, which {@code GET /api/v1/audit/verify} reports.
 * Design: docs/adr/0005-audit-chain-per-stream.md.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package th.dla.carbon.audit;

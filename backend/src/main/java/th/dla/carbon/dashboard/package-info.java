/**
 * Dashboards (แดชบอร์ด): the public national, provincial and LAO figures of the marketplace. The figures come from
 * small aggregates that this module keeps in step with every change, in the same transaction, by subscribing to
 * the audit log ({@link th.dla.carbon.audit.AuditSubscriber}); {@link th.dla.carbon.dashboard.Dashboards#rebuild()}
 * recomputes them from the source modules' public facts. Design: docs/adr/0008-dashboard-aggregates.md.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Dashboard")
package th.dla.carbon.dashboard;

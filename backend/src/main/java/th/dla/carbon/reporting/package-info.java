/**
 * Reporting (รายงานและการส่งออกข้อมูล): the provincial committee report (PDF, CSV, XLSX) that a provincial office
 * tables at the provincial solid-waste committee, and streamed exports of listings, trades and retirements scoped
 * to what the caller may see (the public gets anonymised rows).
 *
 * <p>Owns no tables: it reads the other modules only through their public report queries
 * ({@code market.ListingReports}, {@code settlement.TradeReports}, {@code settlement.RetirementReports},
 * {@code registry.CreditReports}) and APIs ({@code directory.Directory}, {@code identity.Buyers},
 * {@code identity.Officers}). Nothing depends on it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reporting")
package th.dla.carbon.reporting;

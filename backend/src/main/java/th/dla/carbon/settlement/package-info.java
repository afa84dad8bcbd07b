/**
 * Settlement (การชำระราคาและส่งมอบ): trades from a filled bid to the TGO transfer
 * ({@code AWAITING_PAYMENT → PAYMENT_REPORTED → PAYMENT_CONFIRMED → SETTLED}, or {@code CANCELLED}), the LAO
 * revenue each confirmed payment brings, payment notices, the payment deadline, and retirements with their
 * public certificates.
 *
 * <p>The market opens trades with {@link th.dla.carbon.settlement.Trades#open} inside its own transaction and
 * implements {@link th.dla.carbon.settlement.ListingCreditsReturn} to take back the credits of a cancelled trade.
 * Credits move only through the registry's {@code Ledger}; a trade holds them as holder {@code TRADE:<id>}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Settlement")
package th.dla.carbon.settlement;

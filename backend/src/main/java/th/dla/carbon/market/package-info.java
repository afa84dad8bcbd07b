/**
 * Market (ตลาดคาร์บอนเครดิต): listings approved by two officers of the LAO (maker–checker), bids in three modes
 * (fixed price, negotiation, auction), the public catalogue, market controls (freeze, price floors) and the live
 * stream of each listing over PostgreSQL LISTEN/NOTIFY.
 *
 * <p>Credits move only through {@link th.dla.carbon.registry.Ledger}: approval reserves them for the listing
 * holder, a filled bid hands them to a trade (the settlement module's {@code Trades.open}, in the same
 * transaction), withdrawal, expiry and an auction's close release the rest. See docs/architecture.md.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Market")
package th.dla.carbon.market;

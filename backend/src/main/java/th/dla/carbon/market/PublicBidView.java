package th.dla.carbon.market;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A bid as the public sees it: the buyer is only "ผู้ซื้อ #n", numbered per listing. */
public record PublicBidView(UUID id, String bidder, long quantity, BigDecimal unitPrice, BidState state, long filledQuantity, Instant createdAt) {}

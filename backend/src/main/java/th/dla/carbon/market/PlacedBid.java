package th.dla.carbon.market;

/** The answer to a bid placement: the bid and the HTTP status of the first answer (a replay gives the same). */
public record PlacedBid(int status, BidView bid, boolean replayed) {}

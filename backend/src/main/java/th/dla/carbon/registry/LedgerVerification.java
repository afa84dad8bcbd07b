package th.dla.carbon.registry;

import java.util.List;

/**
 * Result of {@link Ledger#verify()}: {@code ok} when every issuance's blocks tile its serial range exactly (no
 * gap, no overlap, nothing outside) and, for every account, issuance, state and holder, the journal's net total
 * equals the blocks held. {@code checked} is the number of issuances checked; {@code problems} says what is wrong.
 */
public record LedgerVerification(boolean ok, long checked, List<String> problems) {}

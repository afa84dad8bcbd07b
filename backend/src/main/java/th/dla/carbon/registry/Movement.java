package th.dla.carbon.registry;

import java.util.List;
import java.util.UUID;

/**
 * What one ledger operation moved: the serial ranges, in serial order per issuance, and their total. Journal
 * entries of the operation share {@code operationId}. A release of a holder that held nothing is a movement of
 * quantity 0 with no ranges.
 */
public record Movement(UUID operationId, JournalReason reason, long quantity, List<SerialRange> ranges) {}

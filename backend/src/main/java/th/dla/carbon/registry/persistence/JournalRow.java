package th.dla.carbon.registry.persistence;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A row of registry.journal_entry with its issuance's project and vintage. */
public record JournalRow(long id, UUID operationId, OffsetDateTime at, String reason, UUID issuanceId, String projectCode,
    int vintage, long first, long last, @Nullable Long fromAccount, @Nullable String fromState,
    @Nullable String fromHolderType, @Nullable UUID fromHolderId, long toAccount, String toState,
    @Nullable String toHolderType, @Nullable UUID toHolderId, @Nullable String reference) {

  public long quantity() {
    return last - first + 1;
  }
}

package th.dla.carbon.registry.persistence;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A row of registry.block with its issuance's project and vintage and its LAO of origin. */
public record BlockRow(long id, UUID issuanceId, String projectCode, int vintage, long first, long last,
    long ownerAccount, String state, @Nullable String holderType, @Nullable UUID holderId, String originLao) {

  public long quantity() {
    return last - first + 1;
  }
}

package th.dla.carbon.identity.buyers;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import th.dla.carbon.identity.BuyerStatus;
import th.dla.carbon.identity.OrganisationType;

/** One row of identity.buyer_organisation. */
public record BuyerRow(
    UUID id, OrganisationType type, String nameTh, String nameEn, String taxId, BuyerAddress address, String contactName,
    String email, String phone, @Nullable String tgoAccountNo, BuyerStatus status, @Nullable String statusReason,
    @Nullable OffsetDateTime createdAt, @Nullable OffsetDateTime verifiedAt) {

  BuyerOrganisation withDocuments(java.util.List<BuyerDocument> documents) {
    return new BuyerOrganisation(id, type, nameTh, nameEn, taxId, address, contactName, email, phone, tgoAccountNo,
        status, statusReason, documents, createdAt, verifiedAt);
  }
}

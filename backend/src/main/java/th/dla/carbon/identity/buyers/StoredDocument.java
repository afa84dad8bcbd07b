package th.dla.carbon.identity.buyers;

import java.util.UUID;

/** A document whose bytes are in the {@link th.dla.carbon.platform.storage.DocumentStorage} under {@code storageKey}. */
public record StoredDocument(UUID id, String fileName, DocumentType type, long size, String storageKey) {

  BuyerDocument view() {
    return new BuyerDocument(id, fileName, type.contentType(), size);
  }
}

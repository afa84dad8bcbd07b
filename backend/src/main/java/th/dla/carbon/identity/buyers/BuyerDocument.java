package th.dla.carbon.identity.buyers;

import java.util.UUID;

/** A supporting document as the API shows it; {@code contentType} is what the bytes are. */
public record BuyerDocument(UUID id, String fileName, String contentType, long size) {}

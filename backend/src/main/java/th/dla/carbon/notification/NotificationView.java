package th.dla.carbon.notification;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One item of a person's inbox; {@code read} is this person's read-state. */
public record NotificationView(UUID id, String kind, String titleTh, String titleEn, @Nullable String link,
    Map<String, Object> params, Instant createdAt, boolean read) {}

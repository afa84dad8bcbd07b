package th.dla.carbon.notification;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;
import th.dla.carbon.identity.Actor;
import th.dla.carbon.notification.email.EmailOutbox;
import th.dla.carbon.notification.persistence.NotificationStore;
import th.dla.carbon.notification.persistence.NotificationStore.Reader;
import th.dla.carbon.platform.web.PageResponse;

/**
 * The notification module's API. {@link #notify} joins the caller's R2DBC transaction: the notification (and its
 * email, when SMTP is configured) exists exactly when the business change that caused it commits.
 *
 * <p>Kinds in use (stable strings, the SPA translates and links them): LISTING_AWAITING_APPROVAL, NEW_BID,
 * COUNTER_OFFER, BID_ACCEPTED, BID_LOST, BID_REJECTED, PAYMENT_REPORTED, PAYMENT_DEADLINE_NEAR, PAYMENT_CONFIRMED,
 * TRADE_SETTLED, TRADE_CANCELLED, CERTIFICATE_ISSUED.
 */
@Service
public class Notifications {

  private final NotificationStore store;
  private final EmailOutbox outbox;

  Notifications(NotificationStore store, EmailOutbox outbox) {
    this.store = store;
    this.outbox = outbox;
  }

  /**
   * Records a notification for the audience, in the caller's transaction, and queues its email when SMTP is
   * configured. {@code link} is a path of the SPA (e.g. {@code /trades/<id>}); {@code params} are small values
   * (strings, numbers, booleans) for the SPA's text.
   */
  public Mono<Void> notify(Audience audience, String kind, String titleTh, String titleEn, @Nullable String link,
      Map<String, Object> params) {
    Objects.requireNonNull(audience, "audience");
    Objects.requireNonNull(kind, "kind");
    UUID id = UUID.randomUUID();
    Map<String, Object> copy = params == null ? Map.of() : new LinkedHashMap<>(params);
    return store.insert(id, audience, kind, titleTh, titleEn, link, copy)
        .then(outbox.enqueue(id));
  }

  /** The actor's inbox, newest first; {@code unreadOnly} leaves out what they already read. */
  public Mono<PageResponse<NotificationView>> inbox(Actor actor, boolean unreadOnly, int page, int size) {
    Reader reader = reader(actor);
    return Mono.zip(store.inbox(reader, unreadOnly, (long) page * size, size).collectList(), store.count(reader, unreadOnly))
        .map(result -> new PageResponse<>(result.getT1(), page, size, result.getT2()));
  }

  public Mono<Long> unreadCount(Actor actor) {
    return store.count(reader(actor), true);
  }

  /** Marks one notification read for the actor; 404 when it is not in their inbox. */
  public Mono<Void> markRead(Actor actor, UUID notificationId) {
    return store.markRead(reader(actor), notificationId);
  }

  /** Marks everything in the actor's inbox read; emits how many were newly marked. */
  public Mono<Long> markAllRead(Actor actor) {
    return store.markAllRead(reader(actor));
  }

  static Reader reader(Actor actor) {
    return new Reader(actor.userId(),
        actor.has(th.dla.carbon.identity.Role.LAO_OFFICER) ? actor.laoCodes() : java.util.Set.of(),
        actor.has(th.dla.carbon.identity.Role.PROVINCE_OFFICER) ? actor.provinceCodes() : java.util.Set.of(),
        actor.has(th.dla.carbon.identity.Role.BUYER) ? actor.buyerId() : null,
        actor.isAdmin());
  }
}

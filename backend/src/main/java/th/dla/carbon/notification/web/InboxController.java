package th.dla.carbon.notification.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import th.dla.carbon.identity.CurrentActor;
import th.dla.carbon.notification.NotificationView;
import th.dla.carbon.notification.Notifications;
import th.dla.carbon.platform.web.PageResponse;

@RestController
@RequestMapping("/api/v1/me/notifications")
@Tag(name = "Notifications")
class InboxController {

  record UnreadCount(long unread) {}

  record MarkedRead(long marked) {}

  private final Notifications notifications;

  InboxController(Notifications notifications) {
    this.notifications = notifications;
  }

  @GetMapping
  @Operation(summary = "The signed-in person's notifications, newest first (unread=true: only unread)")
  Mono<PageResponse<NotificationView>> inbox(
      @RequestParam(defaultValue = "false") boolean unread,
      @RequestParam(defaultValue = "0") @Min(value = 0, message = "must be 0 or more") @Max(value = 100_000, message = "is too large") int page,
      @RequestParam(defaultValue = "20") @Min(value = 1, message = "must be between 1 and 200") @Max(value = 200, message = "must be between 1 and 200") int size) {
    return CurrentActor.require().flatMap(actor -> notifications.inbox(actor, unread, page, size));
  }

  @GetMapping("/unread-count")
  @Operation(summary = "How many of the signed-in person's notifications are unread")
  Mono<UnreadCount> unreadCount() {
    return CurrentActor.require().flatMap(notifications::unreadCount).map(UnreadCount::new);
  }

  @PostMapping("/{id}/read")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(summary = "Mark one notification read (for the signed-in person only)")
  Mono<Void> read(@PathVariable UUID id) {
    return CurrentActor.require().flatMap(actor -> notifications.markRead(actor, id));
  }

  @PostMapping("/read-all")
  @Operation(summary = "Mark every notification of the signed-in person read")
  Mono<MarkedRead> readAll() {
    return CurrentActor.require().flatMap(notifications::markAllRead).map(MarkedRead::new);
  }
}

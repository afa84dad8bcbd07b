package th.dla.carbon.notification.email;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import th.dla.carbon.identity.Role;
import th.dla.carbon.identity.Users;
import th.dla.carbon.notification.Audience;
import th.dla.carbon.notification.persistence.NotificationStore;
import th.dla.carbon.notification.persistence.NotificationStore.Stored;

/**
 * Email for notifications, through an outbox. {@link #enqueue} writes a row in the notification's transaction
 * (only when SMTP is configured, i.e. a {@link JavaMailSender} exists because {@code spring.mail.host} is set);
 * {@link #drain} runs on a schedule on every instance, claims due rows with {@code FOR UPDATE SKIP LOCKED} (so two
 * instances never send the same email), sends on a bounded-elastic thread, and records SENT, or retries with
 * back-off and gives up (FAILED) after {@value #MAX_ATTEMPTS} attempts. Failures are logged; the business
 * transaction that caused the notification has long committed.
 */
@Component
public class EmailOutbox {

  static final int MAX_ATTEMPTS = 5;
  private static final int BATCH = 20;
  private static final Logger log = LoggerFactory.getLogger(EmailOutbox.class);

  private final DatabaseClient db;
  private final NotificationStore notifications;
  private final Users users;
  private final ObjectProvider<JavaMailSender> mail;
  private final TransactionalOperator tx;
  private final String from;
  private final String publicUrl;
  private final boolean smtpConfigured;

  EmailOutbox(DatabaseClient db, NotificationStore notifications, Users users, ObjectProvider<JavaMailSender> mail,
      ReactiveTransactionManager transactions,
      @Value("${carbon.notification.email.from:no-reply@carbon.dla.go.th}") String from,
      @Value("${carbon.public-url}") String publicUrl, @Value("${spring.mail.host:}") String smtpHost) {
    this.db = db;
    this.notifications = notifications;
    this.users = users;
    this.mail = mail;
    this.tx = TransactionalOperator.create(transactions);
    this.from = from;
    this.smtpConfigured = !smtpHost.isBlank();
    this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
  }

  /** True when SMTP is configured: {@code spring.mail.host} is set and not blank. */
  public boolean enabled() {
    return smtpConfigured && mail.getIfAvailable() != null;
  }

  /** Queues the notification's email, in the caller's transaction; nothing when SMTP is not configured. */
  public Mono<Void> enqueue(UUID notificationId) {
    if (!enabled()) {
      return Mono.empty();
    }
    return db.sql("INSERT INTO notification.email_outbox (notification_id) VALUES (:id)").bind("id", notificationId).then();
  }

  @Scheduled(fixedDelayString = "${carbon.notification.email.poll-interval:PT10S}",
      initialDelayString = "${carbon.notification.email.poll-interval:PT10S}")
  void scheduled() {
    if (!enabled()) {
      return;
    }
    drain().subscribe(sent -> { }, error -> log.warn("Email outbox run failed: {}", error.toString()));
  }

  /** One run: claims up to a batch of due emails and sends them; emits how many were sent. */
  public Mono<Long> drain() {
    JavaMailSender sender = enabled() ? mail.getIfAvailable() : null;
    if (sender == null) {
      return Mono.just(0L);
    }
    return db.sql("""
            SELECT id, notification_id, attempts FROM notification.email_outbox
            WHERE state = 'PENDING' AND next_attempt_at <= now()
            ORDER BY next_attempt_at, id LIMIT :batch
            FOR UPDATE SKIP LOCKED""")
        .bind("batch", BATCH)
        .map(row -> new Claimed(row.get("id", Long.class), row.get("notification_id", UUID.class), row.get("attempts", Integer.class)))
        .all()
        .concatMap(claimed -> send(sender, claimed))
        .filter(Boolean::booleanValue)
        .count()
        .as(tx::transactional);
  }

  private record Claimed(long id, UUID notificationId, int attempts) {}

  private Mono<Boolean> send(JavaMailSender sender, Claimed claimed) {
    return notifications.find(claimed.notificationId())
        .flatMap(notification -> recipients(notification.audience()).collectList()
            .flatMap(to -> to.isEmpty()
                ? Mono.just(true) // nobody to tell by email: done
                : Mono.fromCallable(() -> {
                      sender.send(message(sender, notification, to));
                      return true;
                    })
                    .subscribeOn(Schedulers.boundedElastic())))
        .defaultIfEmpty(true)
        .flatMap(sent -> db.sql("UPDATE notification.email_outbox SET state = 'SENT', sent_at = now(), attempts = attempts + 1 WHERE id = :id")
            .bind("id", claimed.id()).then().thenReturn(true))
        .onErrorResume(error -> {
          log.warn("Email for notification {} failed (attempt {}): {}", claimed.notificationId(), claimed.attempts() + 1, error.toString());
          boolean giveUp = claimed.attempts() + 1 >= MAX_ATTEMPTS;
          Duration backOff = Duration.ofMinutes(1L << Math.min(claimed.attempts(), 6));
          return db.sql("""
                  UPDATE notification.email_outbox SET attempts = attempts + 1, last_error = :error,
                         state = :state, next_attempt_at = now() + make_interval(secs => :delay)
                  WHERE id = :id""")
              .bind("error", String.valueOf(error.getMessage()))
              .bind("state", giveUp ? "FAILED" : "PENDING")
              .bind("delay", (double) backOff.toSeconds())
              .bind("id", claimed.id())
              .then().thenReturn(false);
        });
  }

  private Flux<String> recipients(Audience audience) {
    if (audience instanceof Audience.LaoOfficers lao) {
      return users.emailsOf(Role.LAO_OFFICER, lao.laoCode());
    } else if (audience instanceof Audience.BuyerOrganisation buyer) {
      return users.emailsOf(Role.BUYER, buyer.buyerId().toString());
    } else if (audience instanceof Audience.ProvinceOfficers province) {
      return users.emailsOf(Role.PROVINCE_OFFICER, province.provinceCode());
    } else if (audience instanceof Audience.DlaAdmins) {
      return users.emailsOf(Role.DLA_ADMIN, null);
    } else if (audience instanceof Audience.Person person) {
      return users.emailOf(person.userId()).flux();
    }
    return Flux.empty();
  }

  private MimeMessage message(JavaMailSender sender, Stored notification, List<String> to) throws Exception {
    MimeMessage message = sender.createMimeMessage();
    MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
    helper.setFrom(from);
    // one message, recipients hidden from each other
    helper.setTo(from);
    helper.setBcc(to.toArray(String[]::new));
    helper.setSubject(notification.titleTh() + " / " + notification.titleEn());
    helper.setText(body(notification), false);
    return message;
  }

  private String body(Stored notification) {
    @Nullable String link = notification.link() == null ? null : publicUrl + notification.link();
    return notification.titleTh() + "\n" + notification.titleEn() + "\n\n"
        + (link == null ? "" : link + "\n\n")
        + "ระบบบัญชีคาร์บอนเครดิตขององค์กรปกครองส่วนท้องถิ่น / LAO Carbon Credit Marketplace\n"
        + "อีเมลนี้ส่งโดยอัตโนมัติ กรุณาอย่าตอบกลับ / This email was sent automatically; please do not reply.\n";
  }
}

package th.dla.carbon.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import th.dla.carbon.support.IntegrationTest;

/** The audit chain: appends join the caller's transaction, and altering any row is caught by the public verify. */
@IntegrationTest
class AuditIT {

  @Autowired WebTestClient http;
  @Autowired AuditLog auditLog;
  @Autowired DatabaseClient db;
  @Autowired ReactiveTransactionManager transactionManager;

  private long lastId(String stream) {
    return db.sql("SELECT max(id) AS id FROM audit.event WHERE stream = :s").bind("s", stream).map(r -> r.get("id", Long.class)).one().block();
  }

  @Test
  void alteringOneAuditRowInTheDatabaseIsReportedByVerify() {
    String stream = "test:" + UUID.randomUUID();
    for (int i = 0; i < 3; i++) {
      auditLog.append(new AuditEvent(stream, "thing.happened", "thing", "42", UUID.randomUUID(), "tester",
          Map.of("step", i, "amount", new java.math.BigDecimal("260.00"), "note", "ทดสอบ \"quoted\""))).block();
    }
    http.get().uri("/api/v1/audit/verify").exchange()
        .expectStatus().isOk().expectBody().jsonPath("$.ok").isEqualTo(true).jsonPath("$.firstBrokenId").doesNotExist();

    long middle = lastId(stream) - 1;
    String original = db.sql("SELECT payload FROM audit.event WHERE id = :id").bind("id", middle).map(r -> r.get("payload", String.class)).one().block();
    db.sql("UPDATE audit.event SET payload = replace(payload, '260.00', '2600.00') WHERE id = :id").bind("id", middle).then().block();
    try {
      http.get().uri("/api/v1/audit/verify").exchange()
          .expectStatus().isOk()
          .expectBody()
          .jsonPath("$.ok").isEqualTo(false)
          .jsonPath("$.firstBrokenId").isEqualTo((int) middle)
          .jsonPath("$.reason").value(reason -> assertThat((String) reason).contains("altered"));
    } finally {
      db.sql("UPDATE audit.event SET payload = :p WHERE id = :id").bind("p", original).bind("id", middle).then().block();
    }
    http.get().uri("/api/v1/audit/verify").exchange().expectBody().jsonPath("$.ok").isEqualTo(true);
  }

  @Test
  void removingTheLastEventOfAStreamIsCaughtByItsHead() {
    String stream = "test:" + UUID.randomUUID();
    auditLog.append(AuditEvent.bySystem(stream, "a", "thing", "1", Map.of())).block();
    auditLog.append(AuditEvent.bySystem(stream, "b", "thing", "1", Map.of())).block();
    long last = lastId(stream);
    db.sql("DELETE FROM audit.event WHERE id = :id").bind("id", last).then().block();

    http.get().uri("/api/v1/audit/verify").exchange()
        .expectBody().jsonPath("$.ok").isEqualTo(false).jsonPath("$.reason").value(r -> assertThat((String) r).contains(stream));

    db.sql("UPDATE audit.stream_head SET seq = 1, hash = (SELECT hash FROM audit.event WHERE stream = :s AND seq = 1) WHERE stream = :s")
        .bind("s", stream).then().block();
    http.get().uri("/api/v1/audit/verify").exchange().expectBody().jsonPath("$.ok").isEqualTo(true);
  }

  @Test
  void anAppendRollsBackWithItsTransactionAndConcurrentAppendsToOneStreamStayAChain() {
    String stream = "test:" + UUID.randomUUID();
    TransactionalOperator tx = TransactionalOperator.create(transactionManager);
    auditLog.append(AuditEvent.bySystem(stream, "doomed", "thing", "1", Map.of()))
        .then(Mono.error(new IllegalStateException("the state change failed")))
        .as(tx::transactional)
        .onErrorResume(IllegalStateException.class, e -> Mono.empty())
        .block();
    assertThat(db.sql("SELECT count(*) AS n FROM audit.event WHERE stream = :s").bind("s", stream).map(r -> r.get("n", Long.class)).one().block()).isZero();

    Flux.range(0, 40)
        .flatMap(i -> auditLog.append(AuditEvent.bySystem(stream, "concurrent", "thing", "1", Map.of("i", i))).as(tx::transactional), 20)
        .blockLast();
    List<Long> seqs = db.sql("SELECT seq FROM audit.event WHERE stream = :s ORDER BY seq").bind("s", stream).map(r -> r.get("seq", Long.class)).all().collectList().block();
    assertThat(seqs).hasSize(40).startsWith(1L).endsWith(40L);
    assertThat(auditLog.verify().block().ok()).isTrue();
  }

  @Test
  void floatingPointPayloadsAreRefused() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> auditLog.append(AuditEvent.bySystem("test:x", "a", "t", "1", Map.of("x", 0.1))).block())
        .isInstanceOf(IllegalArgumentException.class);
  }
}

package th.dla.carbon.identity.buyers;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;
import th.dla.carbon.identity.AccessDenied;
import th.dla.carbon.identity.Actor;
import th.dla.carbon.identity.BuyerStatus;
import th.dla.carbon.identity.persistence.SecurityEvents;
import th.dla.carbon.platform.storage.DocumentStorage;
import th.dla.carbon.platform.web.PageResponse;
import th.dla.carbon.platform.web.ProblemException;
import th.dla.carbon.platform.web.ProblemType;

/**
 * DLA's side of KYB: find and inspect registrations, then verify, reject (with a reason), suspend and reinstate.
 * Each decision is recorded as a security event naming the administrator, in the same transaction.
 */
@Service
public class BuyerAdministration {

  /** A decision DLA can take, the states it applies to, and the state it leads to. */
  public enum Decision {
    VERIFY(List.of(BuyerStatus.PENDING), BuyerStatus.VERIFIED, "BUYER_VERIFIED", "verified"),
    REJECT(List.of(BuyerStatus.PENDING), BuyerStatus.REJECTED, "BUYER_REJECTED", "rejected"),
    SUSPEND(List.of(BuyerStatus.VERIFIED), BuyerStatus.SUSPENDED, "BUYER_SUSPENDED", "suspended"),
    REINSTATE(List.of(BuyerStatus.SUSPENDED), BuyerStatus.VERIFIED, "BUYER_REINSTATED", "reinstated");

    final List<BuyerStatus> from;
    final BuyerStatus to;
    final String event;
    final String verb;

    Decision(List<BuyerStatus> from, BuyerStatus to, String event, String verb) {
      this.from = from;
      this.to = to;
      this.event = event;
      this.verb = verb;
    }

    boolean needsReason() {
      return to == BuyerStatus.REJECTED || to == BuyerStatus.SUSPENDED;
    }
  }

  private final BuyerStore store;
  private final DocumentStorage storage;
  private final SecurityEvents events;
  private final TransactionalOperator tx;

  BuyerAdministration(BuyerStore store, DocumentStorage storage, SecurityEvents events, TransactionalOperator tx) {
    this.store = store;
    this.storage = storage;
    this.events = events;
    this.tx = tx;
  }

  public Mono<PageResponse<BuyerOrganisation>> search(Actor actor, @Nullable BuyerStatus status, @Nullable String q, int page, int size) {
    return requireAdmin(actor).then(Mono.zip(
            store.search(status, q, size, (long) page * size).concatMap(this::withDocuments).collectList(),
            store.count(status, q)))
        .map(result -> new PageResponse<>(result.getT1(), page, size, result.getT2()));
  }

  public Mono<BuyerOrganisation> get(Actor actor, UUID id) {
    return requireAdmin(actor).then(organisation(id));
  }

  /** The organisation a buyer acts for (their own). */
  public Mono<BuyerOrganisation> own(Actor actor) {
    if (actor.buyerId() == null || !actor.actsFor(actor.buyerId())) {
      return Mono.error(new AccessDenied("Only a buyer organisation's users have an organisation."));
    }
    return organisation(actor.buyerId());
  }

  /** A document and its bytes, streamed from storage. */
  public Mono<DocumentDownload> document(Actor actor, UUID buyerId, UUID documentId) {
    return requireAdmin(actor)
        .then(store.document(buyerId, documentId))
        .switchIfEmpty(Mono.error(() -> ProblemException.notFound("Document", documentId)))
        .map(document -> new DocumentDownload(document, storage.read(document.storageKey())));
  }

  public Mono<BuyerOrganisation> decide(Actor actor, UUID id, Decision decision, @Nullable String reason) {
    String cleanReason = reason == null || reason.isBlank() ? null : reason.strip();
    if (decision.needsReason() && cleanReason == null) {
      return Mono.error(new ProblemException(ProblemType.VALIDATION_FAILED, "A reason is required.",
          List.of(new th.dla.carbon.platform.web.FieldProblem("reason", "is required"))));
    }
    Mono<BuyerRow> changed = store.transition(id, decision.from, decision.to, decision.needsReason() ? cleanReason : null, actor.userId())
        .flatMap(row -> {
          Map<String, Object> detail = new LinkedHashMap<>();
          detail.put("buyerId", id.toString());
          detail.put("status", row.status().name());
          if (cleanReason != null) {
            detail.put("reason", cleanReason);
          }
          return events.record(actor.userId(), actor.username(), decision.event, null, BuyerRegistrations.json(detail)).thenReturn(row);
        })
        .switchIfEmpty(Mono.defer(() -> store.find(id)
            .switchIfEmpty(Mono.error(() -> ProblemException.notFound("Buyer organisation", id)))
            .flatMap(current -> Mono.error(new ProblemException(ProblemType.CONFLICT,
                "The organisation is " + current.status() + "; only " + decision.from.get(0)
                    + " organisations can be " + decision.verb + ".")))));
    return requireAdmin(actor).then(tx.transactional(changed)).flatMap(this::withDocuments);
  }

  private Mono<BuyerOrganisation> organisation(UUID id) {
    return store.find(id)
        .switchIfEmpty(Mono.error(() -> ProblemException.notFound("Buyer organisation", id)))
        .flatMap(this::withDocuments);
  }

  private Mono<BuyerOrganisation> withDocuments(BuyerRow row) {
    return store.documents(row.id()).map(StoredDocument::view).collectList().map(row::withDocuments);
  }

  private static Mono<Void> requireAdmin(Actor actor) {
    return actor.isAdmin() ? Mono.empty() : Mono.error(new AccessDenied("Only DLA administrators manage buyer organisations."));
  }

  /** A stored document on its way to an administrator. */
  public record DocumentDownload(StoredDocument document, reactor.core.publisher.Flux<org.springframework.core.io.buffer.DataBuffer> content) {}
}

package th.dla.carbon.settlement;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import th.dla.carbon.audit.AuditEvent;
import th.dla.carbon.audit.AuditLog;
import th.dla.carbon.directory.Directory;
import th.dla.carbon.identity.AccessDenied;
import th.dla.carbon.identity.Actor;
import th.dla.carbon.notification.Audience;
import th.dla.carbon.notification.Notifications;
import th.dla.carbon.platform.web.PageResponse;
import th.dla.carbon.platform.web.ProblemException;
import th.dla.carbon.registry.Issuances;
import th.dla.carbon.registry.Ledger;
import th.dla.carbon.registry.Project;
import th.dla.carbon.registry.SerialRange;
import th.dla.carbon.settlement.internal.Acting;
import th.dla.carbon.settlement.internal.BuyerProfiles;
import th.dla.carbon.settlement.internal.CertificateNumbers;
import th.dla.carbon.settlement.persistence.RetirementStore;
import th.dla.carbon.settlement.persistence.RetirementStore.RetirementRow;

/** Retirement of a buyer's credits, and the public certificates that prove it. */
@Service
public class Retirements {

  /** What a buyer asks to retire. */
  public record RetireCommand(long quantity, @Nullable Integer vintage, String beneficiary, String purpose) {}

  private final RetirementStore store;
  private final Ledger ledger;
  private final Issuances issuances;
  private final Directory directory;
  private final AuditLog audit;
  private final Notifications notifications;
  private final BuyerProfiles buyers;
  private final TransactionalOperator tx;
  private final String publicUrl;

  Retirements(RetirementStore store, Ledger ledger, Issuances issuances, Directory directory, AuditLog audit,
      Notifications notifications, BuyerProfiles buyers, ReactiveTransactionManager transactions,
      @Value("${carbon.public-url}") String publicUrl) {
    this.store = store;
    this.ledger = ledger;
    this.issuances = issuances;
    this.directory = directory;
    this.audit = audit;
    this.notifications = notifications;
    this.buyers = buyers;
    this.tx = TransactionalOperator.create(transactions);
    this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
  }

  /**
   * Retires credits from the actor's buyer account (oldest vintage first, or of {@code vintage}) and issues the
   * certificate; one transaction with the ledger's retirement, the audit event and the notification.
   */
  public Mono<RetirementCertificate> retire(Actor actor, RetireCommand cmd) {
    UUID buyerId = actor.buyerId();
    if (buyerId == null || !actor.actsFor(buyerId)) {
      return Mono.error(new AccessDenied("Only a buyer retires credits, from its own holdings."));
    }
    String certificateNo = CertificateNumbers.next();
    return buyers.requireVerified(buyerId)
        .then(Mono.defer(() -> ledger.buyerAccount(buyerId)
            .flatMap(account -> ledger.retire(account.id(), cmd.quantity(), cmd.vintage(), certificateNo))
            .flatMap(movement -> Acting.current().flatMap(who -> store.insert(certificateNo, buyerId, movement.quantity(),
                    cmd.vintage(), cmd.beneficiary(), cmd.purpose(), who.id(), movement.operationId(), movement.ranges())
                .flatMap(row -> buyers.summary(buyerId)
                    .flatMap(buyer -> audit.append(new AuditEvent("retirement:" + certificateNo, "retirement.certified", "retirement",
                        certificateNo, who.id(), who.name(), auditPayload(row, movement.ranges(), movement.operationId(), buyer))))
                    .then(notifications.notify(new Audience.BuyerOrganisation(buyerId), "CERTIFICATE_ISSUED",
                        "ออกใบรับรองการชดเชยคาร์บอนเครดิตแล้ว", "Retirement certificate issued",
                        "/verify/" + certificateNo, Map.of("certificateNo", certificateNo, "quantity", row.quantity())))
                    .thenReturn(row))))
            .as(tx::transactional)))
        .flatMap(row -> certificate(row.certificateNo()));
  }

  /** The public certificate; 404 when there is no such number. */
  public Mono<RetirementCertificate> certificate(String certificateNo) {
    return store.find(certificateNo)
        .switchIfEmpty(Mono.error(() -> ProblemException.notFound("Retirement certificate", certificateNo)))
        .flatMap(row -> store.ranges(certificateNo).collectList().flatMap(ranges -> view(row, ranges)));
  }

  /** The actor's (a buyer's) certificates, newest first. */
  public Mono<PageResponse<RetirementCertificate>> ofBuyer(Actor actor, int page, int size) {
    UUID buyerId = actor.buyerId();
    if (buyerId == null || !actor.actsFor(buyerId)) {
      return Mono.error(new AccessDenied("Only a buyer has retirements of its own."));
    }
    return Mono.zip(store.byBuyer(buyerId, (long) page * size, size).concatMap(row -> certificate(row.certificateNo())).collectList(),
            store.countByBuyer(buyerId))
        .map(r -> new PageResponse<>(r.getT1(), page, size, r.getT2()));
  }

  private Mono<RetirementCertificate> view(RetirementRow row, List<SerialRange> ranges) {
    Map<String, Long> perLao = new LinkedHashMap<>();
    Set<String> projectCodes = new TreeSet<>();
    List<RetirementCertificate.Range> out = new ArrayList<>();
    for (SerialRange r : ranges) {
      perLao.merge(r.originLaoCode(), r.quantity(), Long::sum);
      projectCodes.add(r.projectCode());
      out.add(new RetirementCertificate.Range(r.blockSerial(), r.projectCode(), r.vintage(), r.first(), r.last(), r.quantity(),
          r.originLaoCode()));
    }
    Mono<List<RetirementCertificate.Origin>> origins = Flux.fromIterable(perLao.entrySet())
        .concatMap(e -> directory.lao(e.getKey())
            .map(lao -> new RetirementCertificate.Origin(lao.code(), lao.fullNameTh(), lao.provinceCode(), e.getValue())))
        .collectList();
    Mono<List<RetirementCertificate.ProjectRef>> projects = issuances.projects()
        .filter(p -> projectCodes.contains(p.code()))
        .map(Retirements::project)
        .collectList();
    String verifyUrl = publicUrl + "/verify/" + row.certificateNo();
    String pdfUrl = publicUrl + "/api/v1/retirements/" + row.certificateNo() + "/certificate.pdf";
    return Mono.zip(origins, projects).map(t -> new RetirementCertificate(row.certificateNo(), row.quantity(), row.vintage(),
        row.beneficiary(), row.purpose(), row.retiredAt(), List.copyOf(out), t.getT1(), t.getT2(), verifyUrl, pdfUrl));
  }

  private static RetirementCertificate.ProjectRef project(Project p) {
    return new RetirementCertificate.ProjectRef(p.code(), p.nameTh(), p.nameEn());
  }

  private static Map<String, @Nullable Object> auditPayload(RetirementRow row, List<SerialRange> ranges, UUID operation,
      BuyerProfiles.Profile buyer) {
    Map<String, @Nullable Object> payload = new LinkedHashMap<>();
    payload.put("buyerId", row.buyerId());
    payload.put("buyerNameTh", buyer.nameTh());
    payload.put("buyerProvince", buyer.provinceCode());
    payload.put("retiredAt", row.retiredAt());
    payload.put("quantity", row.quantity());
    payload.put("vintage", row.vintage());
    payload.put("beneficiary", row.beneficiary());
    payload.put("purpose", row.purpose());
    payload.put("ledgerOperation", operation);
    List<Map<String, Object>> list = new ArrayList<>();
    for (SerialRange r : ranges) {
      list.add(Map.of("issuanceId", r.issuanceId(), "first", r.first(), "last", r.last(), "originLao", r.originLaoCode(),
          "vintage", r.vintage()));
    }
    payload.put("ranges", list);
    return payload;
  }
}

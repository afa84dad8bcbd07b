package th.dla.carbon.settlement;

import io.r2dbc.spi.Readable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Read-only retirement figures for exports (the reporting module), apart from {@link Retirements}. One record per
 * certificate and LAO of origin (a certificate retiring credits of two LAOs gives two records), so that a
 * provincial or LAO scope sees exactly its own credits. Streams read page by page on a keyset.
 */
@Service
public class RetirementReports {

  /** {@code quantity} is what this certificate retired of credits from {@code originLaoCode}; vintages CE, sorted. */
  public record RetirementRecord(String certificateNo, Instant retiredAt, UUID buyerId, String originLaoCode,
      long quantity, List<Integer> vintages, List<String> projectCodes, String beneficiary, String purpose) {}

  /** {@code laoCodes}/{@code provinceCodes} filter on the LAO of origin; the period is on the retirement time. */
  public record RetirementFilter(@Nullable List<String> provinceCodes, @Nullable List<String> laoCodes, @Nullable UUID buyerId,
      @Nullable Instant from, @Nullable Instant to) {}

  private static final int PAGE = 1000;
  private static final OffsetDateTime BEGINNING = Instant.EPOCH.atOffset(ZoneOffset.UTC);
  private static final OffsetDateTime END = Instant.parse("9999-01-01T00:00:00Z").atOffset(ZoneOffset.UTC);

  private final DatabaseClient db;

  RetirementReports(DatabaseClient db) {
    this.db = db;
  }

  /** Oldest first, read in pages of {@code pageSize} as the subscriber asks for them. */
  public Flux<RetirementRecord> stream(RetirementFilter filter, int pageSize) {
    int size = pageSize <= 0 ? PAGE : pageSize;
    return page(filter, null, size)
        .expand(page -> page.size() < size ? Mono.empty() : page(filter, page.get(page.size() - 1), size))
        .concatMapIterable(page -> page, 1);
  }

  private Mono<List<RetirementRecord>> page(RetirementFilter f, @Nullable RetirementRecord after, int size) {
    return db.sql("""
            SELECT r.certificate_no, r.retired_at, r.buyer_id, rr.origin_lao_code, r.beneficiary, r.purpose,
                   sum(rr.serial_last - rr.serial_first + 1) AS quantity,
                   array_agg(DISTINCT rr.vintage ORDER BY rr.vintage) AS vintages,
                   array_agg(DISTINCT rr.project_code ORDER BY rr.project_code) AS projects
              FROM settlement.retirement r JOIN settlement.retirement_range rr ON rr.certificate_no = r.certificate_no
             WHERE (:allProvinces OR substr(rr.origin_lao_code, 2, 2) = ANY(:provinces))
               AND (:allLaos OR rr.origin_lao_code = ANY(:laos))
               AND (:allBuyers OR r.buyer_id = :buyer)
               AND r.retired_at >= :from AND r.retired_at < :to
               AND (r.retired_at, r.certificate_no, rr.origin_lao_code) > (:afterAt, :afterNo, :afterLao)
             GROUP BY r.certificate_no, r.retired_at, r.buyer_id, rr.origin_lao_code, r.beneficiary, r.purpose
             ORDER BY r.retired_at, r.certificate_no, rr.origin_lao_code
             LIMIT :limit""")
        .bind("allProvinces", f.provinceCodes() == null)
        .bind("provinces", f.provinceCodes() == null ? new String[0] : f.provinceCodes().toArray(String[]::new))
        .bind("allLaos", f.laoCodes() == null)
        .bind("laos", f.laoCodes() == null ? new String[0] : f.laoCodes().toArray(String[]::new))
        .bind("allBuyers", f.buyerId() == null)
        .bind("buyer", f.buyerId() == null ? new UUID(0, 0) : f.buyerId())
        .bind("from", f.from() == null ? BEGINNING : f.from().atOffset(ZoneOffset.UTC))
        .bind("to", f.to() == null ? END : f.to().atOffset(ZoneOffset.UTC))
        .bind("afterAt", after == null ? BEGINNING.minusSeconds(1) : after.retiredAt().atOffset(ZoneOffset.UTC))
        .bind("afterNo", after == null ? "" : after.certificateNo())
        .bind("afterLao", after == null ? "" : after.originLaoCode())
        .bind("limit", size)
        .map(RetirementReports::record)
        .all()
        .collectList();
  }

  private static RetirementRecord record(Readable row) {
    return new RetirementRecord(row.get("certificate_no", String.class), row.get("retired_at", OffsetDateTime.class).toInstant(),
        row.get("buyer_id", UUID.class), row.get("origin_lao_code", String.class).strip(),
        row.get("quantity", BigDecimal.class).longValue(), List.of(row.get("vintages", Integer[].class)),
        List.of(row.get("projects", String[].class)), row.get("beneficiary", String.class), row.get("purpose", String.class));
  }
}

package th.dla.carbon.settlement;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;
import java.util.List;
import reactor.core.publisher.Mono;

/** Every trade's figures, page by page, for read models that recompute themselves (the dashboards' rebuild). */
@Service
public class TradeFacts {

  /** One trade; buyers are not named. */
  public record TradeFact(UUID id, String laoCode, long quantity, BigDecimal unitPrice, BigDecimal total, TradeState state,
      Instant createdAt) {}

  private final DatabaseClient db;

  TradeFacts(DatabaseClient db) {
    this.db = db;
  }

  /** A page of trades by id, after {@code afterId} (start with the nil UUID, page on with the last id). */
  public Mono<List<TradeFact>> trades(UUID afterId, int limit) {
    return db.sql("SELECT id, lao_code, quantity, unit_price, total, state, created_at FROM settlement.trade WHERE id > :after ORDER BY id LIMIT :limit")
        .bind("after", afterId).bind("limit", limit)
        .map(row -> new TradeFact(row.get("id", UUID.class), row.get("lao_code", String.class), row.get("quantity", Long.class),
            row.get("unit_price", BigDecimal.class), row.get("total", BigDecimal.class),
            TradeState.valueOf(row.get("state", String.class)), row.get("created_at", OffsetDateTime.class).toInstant()))
        .all().collectList();
  }
}

package th.dla.carbon.registry.web;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import th.dla.carbon.registry.Balance;
import th.dla.carbon.registry.BinReport;
import th.dla.carbon.registry.CarbonEstimate;
import th.dla.carbon.platform.web.PageResponse;

/** Response shapes of the registry's endpoints. */
final class RegistryResponses {

  private RegistryResponses() {}

  /** Sums over issuances. */
  record Totals(long received, long available, long reservedForListings, long reservedForTrades, long sold, long retired) {

    static Totals of(List<Balance> balances) {
      return new Totals(balances.stream().mapToLong(Balance::received).sum(), balances.stream().mapToLong(Balance::available).sum(),
          balances.stream().mapToLong(Balance::reservedForListings).sum(), balances.stream().mapToLong(Balance::reservedForTrades).sum(),
          balances.stream().mapToLong(Balance::sold).sum(), balances.stream().mapToLong(Balance::retired).sum());
    }
  }

  record BlockResponse(UUID issuanceId, String projectCode, int vintage, long serialFirst, long serialLast, long quantity,
      String blockSerial, String state, @Nullable String holderType, @Nullable UUID holderId, String originLaoCode) {}

  /** An account named for display: kind, and the LAO code for LAO accounts (buyers are not named). */
  record Party(String kind, @Nullable String laoCode) {}

  record JournalResponse(long id, UUID operationId, OffsetDateTime at, String reason, UUID issuanceId, String projectCode,
      int vintage, long serialFirst, long serialLast, long quantity, String blockSerial,
      /* IN, OUT or WITHIN, seen from the account asked about */ String direction, @Nullable Party counterparty,
      @Nullable String fromState, String toState, @Nullable String holderType, @Nullable UUID holderId, @Nullable String reference) {}

  record AccountResponse(String laoCode, String laoNameTh, String provinceCode, @Nullable Long accountId, Totals totals,
      List<Balance> balances, List<BlockResponse> blocks, PageResponse<JournalResponse> journal) {}

  record HoldingsResponse(UUID buyerId, @Nullable Long accountId, Totals totals, List<Balance> balances, List<BlockResponse> blocks,
      PageResponse<JournalResponse> journal) {}

  record VintageSummary(int vintage, long received, long available, long reserved, long sold, long retired) {}

  /** The public numbers of an LAO's credits, and its latest wet-waste-bin report with the estimate. */
  record CreditSummaryResponse(String laoCode, long received, long available, long reserved, long sold, long retired,
      List<VintageSummary> byVintage, @Nullable BinReport latestBinReport, CarbonEstimate factorExample) {}

  record HistoryEntry(OffsetDateTime at, String reason, long serialFirst, long serialLast, String blockSerial, @Nullable Party from,
      Party to, @Nullable String fromState, String toState, @Nullable String holderType, @Nullable UUID holderId, @Nullable String reference) {}

  record SerialResponse(String serial, String projectCode, int vintage, long serialNumber, IssuanceSummary issuance,
      String originLaoCode, BlockView block, List<HistoryEntry> history) {}

  record IssuanceSummary(UUID id, String tgoReference, java.time.LocalDate issuedOn, long serialFirst, long serialLast, long quantity) {}

  /** The block holding a serial today; the owner is named when it is an LAO (buyers are not named). */
  record BlockView(long serialFirst, long serialLast, long quantity, String blockSerial, String state, Party owner,
      @Nullable String holderType) {}
}

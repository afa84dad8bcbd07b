package th.dla.carbon.registry.web;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import th.dla.carbon.platform.web.PageResponse;
import th.dla.carbon.registry.Account;
import th.dla.carbon.registry.Balance;
import th.dla.carbon.registry.HeldBlock;
import th.dla.carbon.registry.Ledger;
import th.dla.carbon.registry.SerialNumber;
import th.dla.carbon.registry.persistence.AccountQueries;
import th.dla.carbon.registry.persistence.AccountQueries.JournalFilter;
import th.dla.carbon.registry.persistence.AccountQueries.JournalLine;
import th.dla.carbon.registry.persistence.JournalRow;
import th.dla.carbon.registry.web.RegistryResponses.BlockResponse;
import th.dla.carbon.registry.web.RegistryResponses.JournalResponse;
import th.dla.carbon.registry.web.RegistryResponses.Party;

/** Builds the account pages (balances, blocks, journal) shared by the LAO account and the buyer's holdings. */
@Component
class AccountViews {

  record View(List<Balance> balances, List<BlockResponse> blocks, PageResponse<JournalResponse> journal) {}

  private final Ledger ledger;
  private final AccountQueries queries;

  AccountViews(Ledger ledger, AccountQueries queries) {
    this.ledger = ledger;
    this.queries = queries;
  }

  Mono<View> view(@Nullable Account account, JournalFilter filter, int page, int size) {
    if (account == null) {
      return Mono.just(new View(List.of(), List.of(), new PageResponse<>(List.of(), page, size, 0)));
    }
    return Mono.zip(ledger.balances(account.id()).collectList(),
            ledger.blocks(account.id()).map(AccountViews::block).collectList(),
            queries.journal(account.id(), filter, (long) page * size, size).map(line -> journal(line, account.id())).collectList(),
            queries.countJournal(account.id(), filter))
        .map(t -> new View(t.getT1(), t.getT2(), new PageResponse<>(t.getT3(), page, size, t.getT4())));
  }

  static BlockResponse block(HeldBlock b) {
    return new BlockResponse(b.range().issuanceId(), b.range().projectCode(), b.range().vintage(), b.range().first(), b.range().last(),
        b.range().quantity(), b.range().blockSerial(), b.state().name(), b.holder() == null ? null : b.holder().type().name(),
        b.holder() == null ? null : b.holder().id(), b.range().originLaoCode());
  }

  static JournalResponse journal(JournalLine line, long account) {
    JournalRow e = line.entry();
    boolean in = e.toAccount() == account;
    boolean out = Objects.equals(e.fromAccount(), account);
    String direction = in && out ? "WITHIN" : in ? "IN" : "OUT";
    Party counterparty = in && out ? null : in ? party(line.fromKind(), line.fromLao()) : party(line.toKind(), line.toLao());
    UUID holderId = e.toHolderId() != null ? e.toHolderId() : e.fromHolderId();
    String holderType = e.toHolderType() != null ? e.toHolderType() : e.fromHolderType();
    return new JournalResponse(e.id(), e.operationId(), e.at(), e.reason(), e.issuanceId(), e.projectCode(), e.vintage(), e.first(),
        e.last(), e.quantity(), SerialNumber.block(e.projectCode(), e.vintage(), e.first(), e.last()), direction, counterparty,
        e.fromState(), e.toState(), holderType, holderId, e.reference());
  }

  static @Nullable Party party(@Nullable String kind, @Nullable String laoCode) {
    return kind == null ? null : new Party(kind, laoCode);
  }
}

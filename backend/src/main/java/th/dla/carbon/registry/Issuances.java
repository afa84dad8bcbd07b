package th.dla.carbon.registry;

import io.r2dbc.spi.R2dbcException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import th.dla.carbon.audit.AuditEvent;
import th.dla.carbon.audit.AuditLog;
import th.dla.carbon.directory.Directory;
import th.dla.carbon.directory.Lao;
import th.dla.carbon.directory.LaoNotFound;
import th.dla.carbon.platform.web.FieldProblem;
import th.dla.carbon.platform.web.PageResponse;
import th.dla.carbon.platform.web.ProblemException;
import th.dla.carbon.platform.web.ProblemType;
import th.dla.carbon.registry.IssuanceRequest.AllocationLine;
import th.dla.carbon.registry.internal.ActingUser;
import th.dla.carbon.registry.internal.BlockSplit;
import th.dla.carbon.registry.persistence.IssuanceStore;
import th.dla.carbon.registry.persistence.IssuanceStore.IssuanceRow;
import th.dla.carbon.registry.persistence.LedgerStore;

/**
 * T-VER projects and issuances. An issuance enters the registry together with its allocation to LAOs, in one
 * transaction: the serials go to the LAOs in contiguous blocks in the order given. The same TGO reference sent
 * again with the same content is a harmless repeat; with different content it is refused. Any problem refuses
 * the whole request, with every reason named by field ({@code allocations[3].laoCode}) or CSV line
 * ({@code line 5}), and nothing is written.
 */
@Service
public class Issuances {

  private static final Pattern LAO_CODE = Pattern.compile("\\d{7}");
  private static final Pattern PROJECT_CODE = Pattern.compile("[A-Z0-9]+(-[A-Z0-9]+)*");
  /** Allocations per issuance: all LAOs of Thailand fit (7,849). */
  public static final int MAX_ALLOCATIONS = 10_000;

  private final IssuanceStore issuances;
  private final LedgerStore ledger;
  private final Directory directory;
  private final AuditLog audit;
  private final TransactionalOperator tx;

  Issuances(IssuanceStore issuances, LedgerStore ledger, Directory directory, AuditLog audit, ReactiveTransactionManager transactionManager) {
    this.issuances = issuances;
    this.ledger = ledger;
    this.directory = directory;
    this.audit = audit;
    this.tx = TransactionalOperator.create(transactionManager);
  }

  /** The outcome of {@link #create}: the issuance, and whether this call created it (false: an identical repeat). */
  public record Outcome(Issuance issuance, boolean created) {}

  public Flux<Project> projects() {
    return issuances.projects();
  }

  public Mono<Issuance> issuance(UUID id) {
    return issuances.byId(id).switchIfEmpty(Mono.error(() -> ProblemException.notFound("Issuance", id))).flatMap(this::view);
  }

  public Mono<PageResponse<Issuance>> page(int page, int size) {
    return Mono.zip(issuances.page((long) page * size, size).concatMap(this::view).collectList(), issuances.count())
        .map(t -> new PageResponse<>(t.getT1(), page, size, t.getT2()));
  }

  /** Validates the request and shows the blocks it would create, without writing anything. */
  public Mono<IssuancePlan> preview(IssuanceRequest request) {
    return validate(request).flatMap(checked -> {
      List<FieldProblem> errors = new ArrayList<>(checked.errors());
      // without a project there is nothing to overlap with (the missing project is already an error)
      Mono<List<String>> overlaps = checked.rangeValid() && request.projectCode() != null
          ? issuances.overlapping(request.projectCode(), request.serialFirst(), request.serialLast()).collectList()
          : Mono.just(List.of());
      Mono<Optional<IssuanceRow>> existing = request.tgoReference() == null ? Mono.just(Optional.empty())
          : issuances.byTgoReference(request.tgoReference().strip()).map(Optional::of).defaultIfEmpty(Optional.empty());
      return Mono.zip(overlaps, existing).flatMap(t -> {
        Optional<IssuanceRow> same = t.getT2();
        if (same.isPresent()) {
          return differences(same.get(), request).map(diff -> plan(request, checked, errors, same.get().id().toString(), diff.isEmpty()));
        }
        if (!t.getT1().isEmpty()) {
          errors.add(new FieldProblem("serialFirst", "serials " + request.serialFirst() + "–" + request.serialLast()
              + " overlap the issuance(s) " + String.join(", ", t.getT1())));
        }
        return Mono.just(plan(request, checked, errors, null, false));
      });
    });
  }

  /**
   * Creates the issuance and its allocation, or returns the existing one for an identical repeat. Errors:
   * {@code validation-failed} (400) with every problem, {@code issuance-conflict} (409),
   * {@code serial-range-overlap} (409, from PostgreSQL's exclusion constraint).
   */
  public Mono<Outcome> create(IssuanceRequest request) {
    return validate(request).flatMap(checked -> {
      if (!checked.errors().isEmpty()) {
        return Mono.error(new ProblemException(ProblemType.VALIDATION_FAILED,
            "The issuance was not recorded: " + checked.errors().size() + " problem(s).", checked.errors()));
      }
      String reference = request.tgoReference().strip();
      return existing(reference, request)
          .switchIfEmpty(Mono.defer(() -> insert(request, reference, checked).as(tx::transactional)))
          // two identical requests at once: the loser finds the winner's issuance
          .onErrorResume(DataIntegrityViolationException.class, e -> isConstraint(e, "issuance_tgo_reference_key")
              ? existing(reference, request) : Mono.error(e));
    });
  }

  private Mono<Outcome> existing(String reference, IssuanceRequest request) {
    return issuances.byTgoReference(reference).flatMap(row -> differences(row, request).flatMap(diff -> diff.isEmpty()
        ? view(row).map(issuance -> new Outcome(issuance, false))
        : Mono.error(new IssuanceConflict(reference, diff))));
  }

  private Mono<Outcome> insert(IssuanceRequest request, String reference, Checked checked) {
    UUID operation = UUID.randomUUID();
    String project = request.projectCode();
    long first = request.serialFirst();
    long last = request.serialLast();
    return issuances.insert(project, request.vintage(), first, last, reference, request.issuedOn())
        .onErrorMap(DataIntegrityViolationException.class, e -> isConstraint(e, "issuance_serials_disjoint")
            ? new SerialRangeOverlap(project, first, last) : e)
        .flatMap(issuanceId -> ledger.systemAccount(AccountKind.UNALLOCATED.name()).flatMap(unallocated ->
            ledger.journal(new LedgerStore.Entry(operation, JournalReason.ISSUANCE.name(), issuanceId, first, last,
                    null, null, null, null, unallocated.id(), BlockState.AVAILABLE.name(), null, null, reference))
                .thenMany(Flux.fromIterable(checked.blocks()).index().concatMap(indexed -> {
                  Planned block = indexed.getT2();
                  return ledger.laoAccount(block.laoCode()).flatMap(account ->
                      issuances.insertAllocation(issuanceId, indexed.getT1().intValue(), block.laoCode(), block.first(), block.last())
                          .then(ledger.insertBlock(issuanceId, block.first(), block.last(), account.id(), BlockState.AVAILABLE.name(), null, null))
                          .then(ledger.journal(new LedgerStore.Entry(operation, JournalReason.ALLOCATION.name(), issuanceId,
                              block.first(), block.last(), unallocated.id(), BlockState.AVAILABLE.name(), null, null,
                              account.id(), BlockState.AVAILABLE.name(), null, null, reference))));
                }))
                .then(ActingUser.current().flatMap(who -> audit.append(new AuditEvent("registry:issuance:" + issuanceId,
                    "issuance.created", "issuance", issuanceId.toString(), who.id(), who.name(), auditPayload(request, checked, operation)))))
                .then(issuances.byId(issuanceId))))
        .map(row -> new Outcome(new Issuance(row.id(), row.projectCode(), row.vintage(), row.serialFirst(), row.serialLast(),
            row.quantity(), row.tgoReference(), row.issuedOn(), row.createdAt(), checked.blocks().stream()
                .map(b -> new Issuance.Allocation(b.laoCode(), b.laoNameTh(), b.last() - b.first() + 1, b.first(), b.last(),
                    SerialNumber.block(row.projectCode(), row.vintage(), b.first(), b.last())))
                .toList()), true));
  }

  private static Map<String, @Nullable Object> auditPayload(IssuanceRequest request, Checked checked, UUID operation) {
    List<Map<String, Object>> allocation = new ArrayList<>();
    for (Planned block : checked.blocks()) {
      allocation.add(Map.of("laoCode", block.laoCode(), "first", block.first(), "last", block.last()));
    }
    Map<String, @Nullable Object> payload = new LinkedHashMap<>();
    payload.put("operationId", operation);
    payload.put("projectCode", request.projectCode());
    payload.put("vintage", request.vintage());
    payload.put("serialFirst", request.serialFirst());
    payload.put("serialLast", request.serialLast());
    payload.put("tgoReference", request.tgoReference().strip());
    payload.put("issuedOn", request.issuedOn());
    payload.put("allocations", allocation);
    return payload;
  }

  // ---- validation -----------------------------------------------------------------------------------------

  private record Planned(String laoCode, String laoNameTh, long first, long last) {}

  private record Checked(List<FieldProblem> errors, List<Planned> blocks, long quantity, long allocated, boolean rangeValid) {}

  private Mono<Checked> validate(IssuanceRequest r) {
    List<FieldProblem> errors = new ArrayList<>();
    if (r.projectCode() == null || r.projectCode().isBlank()) {
      errors.add(new FieldProblem("projectCode", "is required"));
    } else if (!PROJECT_CODE.matcher(r.projectCode()).matches() || r.projectCode().length() > 32) {
      errors.add(new FieldProblem("projectCode", "must be upper-case letters and digits in hyphen-separated groups"));
    }
    if (r.vintage() == null) {
      errors.add(new FieldProblem("vintage", "is required (the CE year, e.g. 2024)"));
    } else if (r.vintage() < 2000 || r.vintage() > 2100) {
      errors.add(new FieldProblem("vintage", "must be a CE year between 2000 and 2100" + (r.vintage() > 2400 ? " (it looks like a Buddhist-Era year)" : "")));
    }
    boolean rangeValid = true;
    if (r.serialFirst() == null) {
      errors.add(new FieldProblem("serialFirst", "is required"));
      rangeValid = false;
    } else if (r.serialFirst() < 1) {
      errors.add(new FieldProblem("serialFirst", "must be at least 1"));
      rangeValid = false;
    }
    if (r.serialLast() == null) {
      errors.add(new FieldProblem("serialLast", "is required"));
      rangeValid = false;
    } else if (r.serialFirst() != null && r.serialLast() < r.serialFirst()) {
      errors.add(new FieldProblem("serialLast", "must not be below serialFirst (ranges are inclusive: quantity = last − first + 1)"));
      rangeValid = false;
    } else if (r.serialLast() > 999_999_999_999L) {
      errors.add(new FieldProblem("serialLast", "must be at most 999999999999"));
      rangeValid = false;
    }
    if (r.tgoReference() == null || r.tgoReference().isBlank()) {
      errors.add(new FieldProblem("tgoReference", "is required"));
    } else if (r.tgoReference().strip().length() > 100) {
      errors.add(new FieldProblem("tgoReference", "must be at most 100 characters"));
    }
    if (r.issuedOn() == null) {
      errors.add(new FieldProblem("issuedOn", "is required (yyyy-MM-dd)"));
    }
    List<AllocationLine> lines = r.allocations() == null ? List.of() : r.allocations();
    if (lines.isEmpty()) {
      errors.add(new FieldProblem("allocations", "at least one LAO allocation is required"));
    } else if (lines.size() > MAX_ALLOCATIONS) {
      errors.add(new FieldProblem("allocations", "at most " + MAX_ALLOCATIONS + " allocations per issuance"));
      lines = List.of();
    }
    long quantity = rangeValid ? r.serialLast() - r.serialFirst() + 1 : 0;
    long allocated = 0;
    Set<String> seen = new HashSet<>();
    Map<Integer, String> codes = new LinkedHashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      AllocationLine line = lines.get(i);
      if (line == null) {
        errors.add(new FieldProblem(field(i, null, ""), "is empty"));
        continue;
      }
      String code = line.laoCode() == null ? null : line.laoCode().strip();
      if (code == null || code.isEmpty()) {
        errors.add(new FieldProblem(field(i, line, "laoCode"), "the LAO code is required"));
      } else if (!LAO_CODE.matcher(code).matches()) {
        errors.add(new FieldProblem(field(i, line, "laoCode"), "the LAO code must be 7 digits, found '" + abbreviate(code) + "'"));
      } else if (!seen.add(code)) {
        errors.add(new FieldProblem(field(i, line, "laoCode"), "LAO " + code + " appears more than once"));
      } else {
        codes.put(i, code);
      }
      if (line.quantity() == null) {
        errors.add(new FieldProblem(field(i, line, "quantity"), "the quantity is required"));
      } else if (line.quantity() < 1) {
        errors.add(new FieldProblem(field(i, line, "quantity"), "the quantity must be a whole number of at least 1"));
      } else {
        allocated = Math.addExact(allocated, line.quantity());
      }
    }
    final List<AllocationLine> allLines = lines;
    final long total = allocated;
    final boolean validRange = rangeValid;
    Mono<Optional<Project>> project = r.projectCode() == null || r.projectCode().isBlank() ? Mono.just(Optional.empty())
        : issuances.project(r.projectCode()).map(Optional::of).defaultIfEmpty(Optional.empty());
    Mono<Map<String, Lao>> laos = Flux.fromIterable(new HashSet<>(codes.values()))
        .flatMap(code -> directory.lao(code).onErrorResume(LaoNotFound.class, e -> Mono.empty()), 8)
        .collectMap(Lao::code);
    return Mono.zip(project, laos).map(t -> {
      if (r.projectCode() != null && !r.projectCode().isBlank() && t.getT1().isEmpty()) {
        errors.add(new FieldProblem("projectCode", "no T-VER project " + abbreviate(r.projectCode()) + " is registered here (see GET /api/v1/projects)"));
      }
      t.getT1().ifPresent(p -> {
        if (r.vintage() != null && (r.vintage() < p.creditingStart().getYear() || r.vintage() > p.creditingEnd().getYear())) {
          errors.add(new FieldProblem("vintage", "must fall in the project's crediting period " + p.creditingStart() + " – " + p.creditingEnd()));
        }
      });
      Map<String, Lao> found = t.getT2();
      codes.forEach((i, code) -> {
        if (!found.containsKey(code)) {
          errors.add(new FieldProblem(field(i, allLines.get(i), "laoCode"), "LAO " + code + " is not in the directory"));
        }
      });
      if (validRange && !allLines.isEmpty() && total != quantity) {
        errors.add(new FieldProblem("allocations", "the allocations add up to " + total + " credits but serials "
            + r.serialFirst() + "–" + r.serialLast() + " hold " + quantity + " (last − first + 1)"));
      }
      List<Planned> blocks = new ArrayList<>();
      if (validRange && codes.size() == allLines.size() && allLines.stream().allMatch(l -> l.quantity() != null && l.quantity() >= 1)) {
        List<long[]> ranges = BlockSplit.contiguous(r.serialFirst(), allLines.stream().map(AllocationLine::quantity).toList());
        for (int i = 0; i < allLines.size(); i++) {
          String code = codes.get(i);
          Lao lao = found.get(code);
          blocks.add(new Planned(code, lao == null ? "" : lao.fullNameTh(), ranges.get(i)[0], ranges.get(i)[1]));
        }
      }
      sortByField(errors);
      return new Checked(List.copyOf(errors), List.copyOf(blocks), quantity, total, validRange);
    });
  }

  private static void sortByField(List<FieldProblem> errors) {
    // keep the order of discovery, but group a line's problems together
    Map<String, Integer> first = new HashMap<>();
    for (int i = 0; i < errors.size(); i++) {
      first.putIfAbsent(errors.get(i).field().replaceAll("\\.(laoCode|quantity)$", ""), i);
    }
    errors.sort((a, b) -> Integer.compare(first.get(a.field().replaceAll("\\.(laoCode|quantity)$", "")),
        first.get(b.field().replaceAll("\\.(laoCode|quantity)$", ""))));
  }

  private static String field(int index, @Nullable AllocationLine line, String property) {
    if (line != null && line.line() != null) {
      return "line " + line.line();
    }
    return "allocations[" + index + "]" + (property.isEmpty() ? "" : "." + property);
  }

  private static String abbreviate(String text) {
    return text.length() > 40 ? text.substring(0, 40) + "…" : text;
  }

  private IssuancePlan plan(IssuanceRequest request, Checked checked, List<FieldProblem> errors, @Nullable String existingId, boolean identical) {
    String project = request.projectCode();
    int vintage = request.vintage() == null ? 0 : request.vintage();
    List<Issuance.Allocation> blocks = checked.blocks().stream()
        .map(b -> new Issuance.Allocation(b.laoCode(), b.laoNameTh(), b.last() - b.first() + 1, b.first(), b.last(),
            SerialNumber.block(project, vintage, b.first(), b.last())))
        .toList();
    boolean valid = (errors.isEmpty() && existingId == null) || (existingId != null && identical && checked.errors().isEmpty());
    return new IssuancePlan(valid, checked.quantity(), checked.allocated(), blocks, List.copyOf(errors), existingId, identical);
  }

  private Mono<List<FieldProblem>> differences(IssuanceRow row, IssuanceRequest r) {
    return issuances.allocations(row.id()).collectList().map(allocations -> {
      List<FieldProblem> diff = new ArrayList<>();
      compare(diff, "projectCode", row.projectCode(), r.projectCode());
      compare(diff, "vintage", row.vintage(), r.vintage());
      compare(diff, "serialFirst", row.serialFirst(), r.serialFirst());
      compare(diff, "serialLast", row.serialLast(), r.serialLast());
      compare(diff, "issuedOn", row.issuedOn(), r.issuedOn());
      List<AllocationLine> lines = r.allocations() == null ? List.of() : r.allocations();
      if (lines.size() != allocations.size()) {
        diff.add(new FieldProblem("allocations", "recorded with " + allocations.size() + " LAOs, sent with " + lines.size()));
      } else {
        for (int i = 0; i < lines.size(); i++) {
          AllocationLine line = lines.get(i);
          IssuanceStore.AllocationRow recorded = allocations.get(i);
          String code = line == null || line.laoCode() == null ? null : line.laoCode().strip();
          if (line == null || !recorded.laoCode().equals(code) || !Objects.equals(recorded.quantity(), line.quantity())) {
            diff.add(new FieldProblem(field(i, line, ""), "recorded as " + recorded.laoCode() + " × " + recorded.quantity()));
          }
        }
      }
      return diff;
    });
  }

  private static void compare(List<FieldProblem> diff, String field, Object recorded, @Nullable Object sent) {
    if (!Objects.equals(recorded instanceof Integer i ? Long.valueOf(i) : recorded, sent instanceof Integer i ? Long.valueOf(i) : sent)) {
      diff.add(new FieldProblem(field, "recorded as " + recorded + ", sent as " + sent));
    }
  }

  private Mono<Issuance> view(IssuanceRow row) {
    return issuances.allocations(row.id())
        .concatMap(a -> directory.lao(a.laoCode()).map(Lao::fullNameTh).onErrorResume(LaoNotFound.class, e -> Mono.just(""))
            .map(name -> new Issuance.Allocation(a.laoCode(), name, a.quantity(), a.serialFirst(), a.serialLast(),
                SerialNumber.block(row.projectCode(), row.vintage(), a.serialFirst(), a.serialLast()))))
        .collectList()
        .map(allocations -> new Issuance(row.id(), row.projectCode(), row.vintage(), row.serialFirst(), row.serialLast(),
            row.quantity(), row.tgoReference(), row.issuedOn(), row.createdAt(), allocations));
  }

  static boolean isConstraint(Throwable error, String constraint) {
    for (Throwable cause = error; cause != null; cause = cause.getCause()) {
      if (cause instanceof R2dbcException r2dbc && r2dbc.getMessage() != null && r2dbc.getMessage().contains(constraint)) {
        return true;
      }
      if (cause.getMessage() != null && cause.getMessage().contains(constraint)) {
        return true;
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return false;
  }

}

package th.dla.carbon.identity.buyers;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.codec.multipart.FilePart;
import org.springframework.http.codec.multipart.Part;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import th.dla.carbon.directory.Directory;
import th.dla.carbon.directory.Province;
import th.dla.carbon.identity.BuyerStatus;
import th.dla.carbon.identity.PasswordPolicy;
import th.dla.carbon.identity.Role;
import th.dla.carbon.identity.Users;
import th.dla.carbon.identity.persistence.SecurityEvents;
import th.dla.carbon.identity.persistence.UserAccounts;
import th.dla.carbon.platform.storage.DocumentStorage;
import th.dla.carbon.platform.web.FieldProblem;
import th.dla.carbon.platform.web.ProblemException;
import th.dla.carbon.platform.web.ProblemType;
import tools.jackson.databind.json.JsonMapper;

/**
 * Registers a buyer organisation (KYB): checks every field, streams each supporting document into the
 * {@link DocumentStorage} (size-limited, type recognised from its bytes), then stores the organisation, its
 * documents' metadata and its first user with the BUYER grant in one transaction. If anything fails, nothing
 * remains: no organisation, no user, no stored file.
 */
@Service
public class BuyerRegistrations {

  public static final int MAX_DOCUMENTS = 5;
  public static final long MAX_DOCUMENT_BYTES = 5L * 1024 * 1024;
  static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Log log = LogFactory.getLog(BuyerRegistrations.class);

  private final BuyerStore store;
  private final DocumentStorage storage;
  private final Users users;
  private final UserAccounts accounts;
  private final PasswordPolicy passwordPolicy;
  private final Directory directory;
  private final SecurityEvents events;
  private final TransactionalOperator tx;

  BuyerRegistrations(BuyerStore store, DocumentStorage storage, Users users, UserAccounts accounts, PasswordPolicy passwordPolicy,
      Directory directory, SecurityEvents events, TransactionalOperator tx) {
    this.store = store;
    this.storage = storage;
    this.users = users;
    this.accounts = accounts;
    this.passwordPolicy = passwordPolicy;
    this.directory = directory;
    this.events = events;
    this.tx = tx;
  }

  /** Registers the organisation in PENDING with its first user; the documents are the {@code documents} parts. */
  public Mono<BuyerOrganisation> register(RegistrationRequest request, Flux<Part> documents) {
    return check(request, true)
        .flatMap(registration -> refuseDuplicates(registration).then(storeAndPersist(registration, documents)));
  }

  /**
   * Demo mode: the same rules except the password policy (demo accounts share the password {@code demo}); an
   * organisation whose tax ID is already registered is left as it is. Emits the organisation's id.
   */
  public Mono<UUID> registerDemo(RegistrationRequest request, String displayName, BuyerStatus status) {
    return check(request, false).flatMap(registration -> store.idOfTaxId(registration.taxId())
        .switchIfEmpty(Mono.defer(() -> {
          UUID buyerId = UUID.randomUUID();
          Mono<UUID> created = store.insert(row(buyerId, registration))
              .then(users.ensureDemoAccount(new Users.NewLocalAccount(registration.username(), displayName, null, false, registration.password())))
              .flatMap(userId -> users.grant(userId, Role.BUYER, buyerId.toString(), null))
              .then(status == BuyerStatus.PENDING ? Mono.empty()
                  : store.transition(buyerId, List.of(BuyerStatus.PENDING), status, null, null))
              .thenReturn(buyerId);
          return tx.transactional(created);
        })));
  }

  private Mono<RegistrationRequest> check(RegistrationRequest request, boolean passwordPolicyApplies) {
    return directory.provinces().map(Province::code).collect(Collectors.toSet()).map(provinces -> {
      RegistrationRules.Checked checked = RegistrationRules.check(request, provinces::contains);
      List<FieldProblem> problems = new ArrayList<>(checked.problems());
      if (passwordPolicyApplies) {
        problems.addAll(passwordProblems(request));
      }
      if (!problems.isEmpty()) {
        throw new ProblemException(ProblemType.VALIDATION_FAILED, "Some fields of the registration are not valid.", problems);
      }
      return checked.registration();
    });
  }

  private List<FieldProblem> passwordProblems(RegistrationRequest request) {
    try {
      passwordPolicy.check(request.username(), request.password());
      return List.of();
    } catch (ProblemException e) {
      Object errors = e.getBody().getProperties() == null ? null : e.getBody().getProperties().get("errors");
      List<FieldProblem> problems = new ArrayList<>();
      if (errors instanceof List<?> list) {
        list.stream().filter(FieldProblem.class::isInstance).map(FieldProblem.class::cast).forEach(problems::add);
      }
      return problems.isEmpty() ? List.of(new FieldProblem("password", "does not meet the password policy")) : problems;
    }
  }

  /** Early, clear answers for the usual duplicates; the unique indexes still decide races. */
  private Mono<Void> refuseDuplicates(RegistrationRequest registration) {
    return store.idOfTaxId(registration.taxId()).map(id -> false)
        .flatMap(found -> Mono.<Void>error(DuplicateRegistration.taxId()))
        .then(accounts.findByUsername(registration.username())
            .flatMap(found -> Mono.<Void>error(DuplicateRegistration.username())));
  }

  private Mono<BuyerOrganisation> storeAndPersist(RegistrationRequest registration, Flux<Part> documents) {
    List<String> writtenKeys = new CopyOnWriteArrayList<>();
    return storeDocuments(documents, writtenKeys)
        .flatMap(stored -> tx.transactional(persist(registration, stored))
            .map(row -> row.withDocuments(stored.stream().map(StoredDocument::view).toList())))
        .onErrorResume(error -> deleteAll(writtenKeys).then(Mono.error(translate(error))))
        .doOnCancel(() -> deleteAll(writtenKeys).subscribe());
  }

  private Mono<BuyerRow> persist(RegistrationRequest registration, List<StoredDocument> documents) {
    UUID buyerId = UUID.randomUUID();
    BuyerRow row = row(buyerId, registration);
    return store.insert(row)
        .thenMany(Flux.fromIterable(documents).concatMap(document -> store.insertDocument(buyerId, document)))
        .then(users.createLocalAccount(new Users.NewLocalAccount(registration.username(), registration.contactName(),
            null, false, registration.password())))
        .flatMap(userId -> users.grant(userId, Role.BUYER, buyerId.toString(), null)
            .then(events.record(userId, registration.username(), "BUYER_REGISTERED", null, json(Map.of(
                "buyerId", buyerId.toString(), "type", registration.type().name(), "documents", documents.size())))))
        .then(store.find(buyerId));
  }

  private static BuyerRow row(UUID id, RegistrationRequest registration) {
    return new BuyerRow(id, registration.type(), registration.nameTh(), registration.nameEn(), registration.taxId(),
        registration.address(), registration.contactName(), registration.email(), registration.phone(),
        registration.tgoAccountNo(), BuyerStatus.PENDING, null, null, null);
  }

  private Mono<List<StoredDocument>> storeDocuments(Flux<Part> documents, List<String> writtenKeys) {
    AtomicInteger index = new AtomicInteger();
    return documents.concatMap(part -> {
      int i = index.getAndIncrement();
      if (i >= MAX_DOCUMENTS) {
        part.content().subscribe(DataBufferUtils::release);
        return Mono.error(new ProblemException(ProblemType.VALIDATION_FAILED, "Too many documents.",
            List.of(new FieldProblem("documents", "at most " + MAX_DOCUMENTS + " files"))));
      }
      if (!(part instanceof FilePart file)) {
        return Mono.error(new ProblemException(ProblemType.VALIDATION_FAILED, "A document part is not a file.",
            List.of(new FieldProblem("documents", "each part must be a file upload"))));
      }
      return storeDocument(i, file, writtenKeys);
    }).collectList();
  }

  private Mono<StoredDocument> storeDocument(int index, FilePart part, List<String> writtenKeys) {
    String key = UUID.randomUUID().toString();
    String fileName = fileName(part.filename(), index);
    AtomicLong size = new AtomicLong();
    byte[] head = new byte[DocumentType.SNIFF_BYTES];
    AtomicInteger headLength = new AtomicInteger();
    Flux<DataBuffer> content = part.content().map(buffer -> {
      int readable = buffer.readableByteCount();
      if (size.addAndGet(readable) > MAX_DOCUMENT_BYTES) {
        DataBufferUtils.release(buffer);
        throw new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, "The document '" + fileName + "' is larger than 5 MB.",
            List.of(new FieldProblem("documents", "'" + fileName + "' is larger than 5 MB")));
      }
      for (int i = 0; headLength.get() < head.length && i < readable; i++) {
        head[headLength.getAndIncrement()] = buffer.getByte(buffer.readPosition() + i);
      }
      return buffer;
    });
    writtenKeys.add(key);
    return storage.write(key, content).then(Mono.fromCallable(() -> {
      if (size.get() == 0) {
        throw new ProblemException(ProblemType.VALIDATION_FAILED, "The document '" + fileName + "' is empty.",
            List.of(new FieldProblem("documents", "'" + fileName + "' is empty")));
      }
      byte[] sniffed = java.util.Arrays.copyOf(head, headLength.get());
      DocumentType type = DocumentType.sniff(sniffed).orElseThrow(() -> new ProblemException(ProblemType.VALIDATION_FAILED,
          "The document '" + fileName + "' is not a PDF, JPEG or PNG file.",
          List.of(new FieldProblem("documents", "'" + fileName + "' must be a PDF, JPEG or PNG file"))));
      return new StoredDocument(UUID.randomUUID(), fileName, type, size.get(), key);
    }));
  }

  /** The name the browser sent, without any path, control characters or excess length. */
  static String fileName(String sent, int index) {
    String name = sent == null ? "" : sent;
    name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    name = name.codePoints().filter(c -> !Character.isISOControl(c))
        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString().strip();
    if (name.codePointCount(0, name.length()) > 200) {
      name = name.substring(0, name.offsetByCodePoints(0, 200));
    }
    return name.isEmpty() || name.equals(".") || name.equals("..") ? "document-" + (index + 1) : name;
  }

  private Mono<Void> deleteAll(List<String> keys) {
    return Flux.fromIterable(Set.copyOf(keys))
        .concatMap(key -> storage.delete(key).onErrorResume(e -> {
          log.warn("Could not delete stored document " + key + " of a failed registration", e);
          return Mono.empty();
        }))
        .then();
  }

  /** The unique indexes speak in constraint names; the client hears which field is taken. */
  private static Throwable translate(Throwable error) {
    if (error instanceof DataIntegrityViolationException violation) {
      String message = String.valueOf(violation.getMostSpecificCause().getMessage());
      if (message.contains("buyer_organisation_tax_id")) {
        return DuplicateRegistration.taxId();
      }
      if (message.contains("user_account_username") || message.contains("username")) {
        return DuplicateRegistration.username();
      }
    }
    if (error instanceof ProblemException problem && problem.getStatusCode().value() == 409
        && String.valueOf(problem.getBody().getDetail()).startsWith("The username")) {
      return DuplicateRegistration.username();
    }
    return error;
  }

  static String json(Map<String, ?> detail) {
    return JSON.writeValueAsString(detail);
  }
}

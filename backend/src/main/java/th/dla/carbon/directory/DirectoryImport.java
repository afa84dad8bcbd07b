package th.dla.carbon.directory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import th.dla.carbon.directory.importing.DlaLaoCsvParser;
import th.dla.carbon.directory.importing.LaoRecord;
import th.dla.carbon.directory.importing.ParsedDirectory;
import th.dla.carbon.directory.persistence.LaoUpserts;
import th.dla.carbon.platform.web.ProblemException;
import th.dla.carbon.platform.web.ProblemType;

/**
 * Imports DLA's open-data LAO file as an idempotent upsert. The upload is streamed to a temporary file (never held
 * in memory), parsed on a bounded-elastic thread, and written in one transaction: either every valid LAO of the
 * file is stored or, if anything fails, none is. Lines that cannot be used are reported with their line numbers.
 */
@Service
public class DirectoryImport {

  private static final int CHUNK = 1_000;

  private final LaoUpserts upserts;
  private final TransactionalOperator transaction;
  private final long maxBytes;

  DirectoryImport(LaoUpserts upserts, ReactiveTransactionManager transactionManager,
      @Value("${carbon.directory.import.max-bytes}") long maxBytes) {
    this.upserts = upserts;
    this.transaction = TransactionalOperator.create(transactionManager);
    this.maxBytes = maxBytes;
  }

  public Mono<ImportReport> importDlaCsv(Flux<DataBuffer> content) {
    return Mono.usingWhen(
        Mono.fromCallable(() -> Files.createTempFile("dla-laos-", ".csv")).subscribeOn(Schedulers.boundedElastic()),
        file -> DataBufferUtils.write(limited(content), file, StandardOpenOption.WRITE).then(importDlaCsv(file)),
        file -> Mono.fromCallable(() -> Files.deleteIfExists(file)).subscribeOn(Schedulers.boundedElastic()));
  }

  public Mono<ImportReport> importDlaCsv(Path file) {
    return upserts.provinceCodesByThaiName()
        .publishOn(Schedulers.boundedElastic())
        .map(provinces -> {
          try (InputStream in = Files.newInputStream(file)) {
            return new DlaLaoCsvParser(provinces).parse(in);
          } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        })
        .flatMap(this::store);
  }

  private Mono<ImportReport> store(ParsedDirectory parsed) {
    List<LaoRecord> laos = parsed.laos();
    Mono<LaoUpserts.Counts> written = upserts.ensureDistricts(laos)
        .thenMany(Flux.fromIterable(laos).buffer(CHUNK).concatMap(upserts::upsert))
        .reduce(new LaoUpserts.Counts(0, 0), LaoUpserts.Counts::plus);
    return (laos.isEmpty() ? Mono.just(new LaoUpserts.Counts(0, 0)) : transaction.transactional(written))
        .map(counts -> new ImportReport(parsed.rowsRead(), laos.size(), counts.inserted(), counts.updated(),
            laos.size() - counts.inserted() - counts.updated(), parsed.rejected(), parsed.warnings()));
  }

  private Flux<DataBuffer> limited(Flux<DataBuffer> content) {
    AtomicLong received = new AtomicLong();
    return content.doOnNext(buffer -> {
      if (received.addAndGet(buffer.readableByteCount()) > maxBytes) {
        DataBufferUtils.release(buffer);
        throw new ProblemException(ProblemType.PAYLOAD_TOO_LARGE,
            "The file is larger than the limit of " + maxBytes / (1024 * 1024) + " MB.");
      }
    });
  }
}

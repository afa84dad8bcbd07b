package th.dla.carbon.settlement.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Documents as files under {@code carbon.storage.dir} ({@code <category>/<random uuid>}), written and read on
 * bounded-elastic threads. With several instances the directory must be shared (a volume), or replaced by an
 * object-store implementation of {@link DocumentStorage}.
 */
@Component
class FileSystemDocumentStorage implements DocumentStorage {

  private static final Pattern KEY = Pattern.compile("[a-z-]{1,40}/[0-9a-f-]{36}");

  private final Path root;

  FileSystemDocumentStorage(@Value("${carbon.storage.dir:./.data/documents}") String dir) {
    this.root = Path.of(dir).toAbsolutePath().normalize();
  }

  @Override
  public Mono<String> put(String category, byte[] content) {
    String key = category + "/" + UUID.randomUUID();
    if (!KEY.matcher(key).matches()) {
      return Mono.error(new IllegalArgumentException("bad category " + category));
    }
    return Mono.fromCallable(() -> {
          Path file = root.resolve(key);
          Files.createDirectories(file.getParent());
          Files.write(file, content, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
          return key;
        })
        .subscribeOn(Schedulers.boundedElastic());
  }

  @Override
  public Mono<byte[]> get(String key) {
    if (!KEY.matcher(key).matches()) {
      return Mono.empty();
    }
    return Mono.fromCallable(() -> {
          try {
            return Files.readAllBytes(root.resolve(key));
          } catch (NoSuchFileException e) {
            return null;
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        })
        .subscribeOn(Schedulers.boundedElastic());
  }
}

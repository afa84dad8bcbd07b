package th.dla.carbon.platform.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Documents as files in one directory ({@code CARBON_DOCUMENTS_DIR}), spread over 256 sub-directories by the first
 * two characters of the key. Files are written and read through asynchronous file channels; opening, creating
 * directories and deleting run on the bounded-elastic scheduler.
 */
public class LocalDiskDocumentStorage implements DocumentStorage {

  private static final int CHUNK = 64 * 1024;

  private final Path root;

  public LocalDiskDocumentStorage(Path root) {
    this.root = root.toAbsolutePath().normalize();
  }

  public Path root() {
    return root;
  }

  @Override
  public Mono<Void> write(String key, Flux<DataBuffer> content) {
    Path file = file(key);
    return Mono.fromCallable(() -> Files.createDirectories(file.getParent()))
        .subscribeOn(Schedulers.boundedElastic())
        .then(DataBufferUtils.write(content, file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)
            .subscribeOn(Schedulers.boundedElastic()));
  }

  @Override
  public Flux<DataBuffer> read(String key) {
    return DataBufferUtils.read(file(key), DefaultDataBufferFactory.sharedInstance, CHUNK)
        .subscribeOn(Schedulers.boundedElastic());
  }

  @Override
  public Mono<Void> delete(String key) {
    return Mono.fromCallable(() -> Files.deleteIfExists(file(key)))
        .subscribeOn(Schedulers.boundedElastic())
        .then();
  }

  private Path file(String key) {
    if (!key.matches("[0-9a-f][0-9a-f-]{7,63}")) {
      throw new IllegalArgumentException("Not a storage key: " + key);
    }
    Path file = root.resolve(key.substring(0, 2)).resolve(key).normalize();
    if (!file.startsWith(root)) {
      throw new UncheckedIOException(new IOException("Key escapes the storage directory: " + key));
    }
    return file;
  }
}

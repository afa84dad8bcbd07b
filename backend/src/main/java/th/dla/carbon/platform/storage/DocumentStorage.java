package th.dla.carbon.platform.storage;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Where the bytes of uploaded documents (buyers' supporting documents, payment slips) live: outside the database,
 * under a key the database keeps. The default is {@link LocalDiskDocumentStorage} in {@code carbon.documents.dir};
 * a deployment with object storage provides its own bean. Implementations must not block the calling thread.
 */
public interface DocumentStorage {

  /** Stores the content under a new key; fails if the key exists. */
  Mono<Void> write(String key, Flux<DataBuffer> content);

  /** The content stored under the key, or an error if there is none. */
  Flux<DataBuffer> read(String key);

  /** Removes the content; nothing happens when there is none. */
  Mono<Void> delete(String key);

  /** Stores a small document held in memory (uploads are size-limited before they get here). */
  default Mono<Void> write(String key, byte[] content) {
    return write(key, Flux.just(DefaultDataBufferFactory.sharedInstance.wrap(content)));
  }

  /** The whole content under the key, in memory: for size-limited documents only. */
  default Mono<byte[]> readAll(String key) {
    return DataBufferUtils.join(read(key)).map(buffer -> {
      byte[] bytes = new byte[buffer.readableByteCount()];
      buffer.read(bytes);
      DataBufferUtils.release(buffer);
      return bytes;
    });
  }
}

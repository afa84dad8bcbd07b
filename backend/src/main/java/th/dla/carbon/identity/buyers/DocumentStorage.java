package th.dla.carbon.identity.buyers;

import org.springframework.core.io.buffer.DataBuffer;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Where the bytes of supporting documents live: outside the database, under a key the database keeps. The default
 * is {@link LocalDiskDocumentStorage}; a deployment with object storage provides its own bean. Implementations
 * must not block the calling thread.
 */
public interface DocumentStorage {

  /** Stores the content under a new key; fails if the key exists. */
  Mono<Void> write(String key, Flux<DataBuffer> content);

  /** The content stored under the key, or an error if there is none. */
  Flux<DataBuffer> read(String key);

  /** Removes the content; nothing happens when there is none. */
  Mono<Void> delete(String key);
}

package th.dla.carbon.settlement.storage;

import reactor.core.publisher.Mono;

/**
 * Where uploaded documents (payment slips) live: outside the database, addressed by an opaque key. The lead
 * unifies this with the buyers branch's storage when both are merged.
 */
public interface DocumentStorage {

  /** Stores the bytes; emits the key to read them back with. */
  Mono<String> put(String category, byte[] content);

  /** The stored bytes; empty when the key is unknown. */
  Mono<byte[]> get(String key);
}

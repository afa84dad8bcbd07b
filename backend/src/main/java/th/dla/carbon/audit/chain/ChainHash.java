package th.dla.carbon.audit.chain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The hash of one audit event: SHA-256 (lower-case hex) of the canonical JSON of every stored column except the
 * id and the hash itself — stream, seq, at, action, subjectType, subjectId, actorId, actorName, payload (the
 * stored canonical text, embedded as JSON) and prevHash. Changing any of them, or the order of a stream, changes
 * the hash.
 */
public final class ChainHash {

  private ChainHash() {}

  public static String of(String stream, long seq, Instant at, String action, String subjectType, String subjectId,
      @Nullable UUID actorId, String actorName, String canonicalPayload, @Nullable String prevHash) {
    Map<String, Object> envelope = new LinkedHashMap<>();
    envelope.put("stream", stream);
    envelope.put("seq", seq);
    envelope.put("at", at);
    envelope.put("action", action);
    envelope.put("subjectType", subjectType);
    envelope.put("subjectId", subjectId);
    envelope.put("actorId", actorId);
    envelope.put("actorName", actorName);
    envelope.put("payload", new CanonicalJson.Raw(canonicalPayload));
    envelope.put("prevHash", prevHash);
    return sha256(CanonicalJson.encode(envelope));
  }

  static String sha256(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JRE", e);
    }
  }
}

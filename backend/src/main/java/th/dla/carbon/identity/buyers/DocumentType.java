package th.dla.carbon.identity.buyers;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of supporting document we accept, recognised by their first bytes ("magic numbers"), never by the
 * file name or the content type the client declared: a PNG named {@code .pdf} is a PNG, and a program renamed
 * {@code .pdf} is refused.
 */
public enum DocumentType {
  PDF("application/pdf", new byte[] {'%', 'P', 'D', 'F', '-'}),
  PNG("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}),
  JPEG("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});

  /** Enough leading bytes to recognise every type. */
  public static final int SNIFF_BYTES = 8;

  private final String contentType;
  private final byte[] magic;

  DocumentType(String contentType, byte[] magic) {
    this.contentType = contentType;
    this.magic = magic;
  }

  public String contentType() {
    return contentType;
  }

  public static Optional<DocumentType> sniff(byte[] head) {
    return Arrays.stream(values()).filter(type -> type.matches(head)).findFirst();
  }

  private boolean matches(byte[] head) {
    return head.length >= magic.length && Arrays.equals(head, 0, magic.length, magic, 0, magic.length);
  }
}

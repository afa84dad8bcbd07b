package th.dla.carbon.settlement.web;

import org.jspecify.annotations.Nullable;

/** The content type of an upload from its first bytes (never from the client's claim). */
final class SniffedType {
  private SniffedType() {}

  static @Nullable String of(byte[] bytes) {
    if (starts(bytes, 0x25, 0x50, 0x44, 0x46, 0x2D)) {
      return "application/pdf";
    }
    if (starts(bytes, 0xFF, 0xD8, 0xFF)) {
      return "image/jpeg";
    }
    if (starts(bytes, 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A)) {
      return "image/png";
    }
    return null;
  }

  private static boolean starts(byte[] bytes, int... magic) {
    if (bytes.length < magic.length) {
      return false;
    }
    for (int i = 0; i < magic.length; i++) {
      if ((bytes[i] & 0xFF) != magic[i]) {
        return false;
      }
    }
    return true;
  }
}

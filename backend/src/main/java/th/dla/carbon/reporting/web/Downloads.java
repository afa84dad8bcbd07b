package th.dla.carbon.reporting.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Content-Disposition for downloads: an ASCII {@code filename} for old clients and the Thai name as {@code filename*}. */
final class Downloads {
  private Downloads() {}

  static String attachment(String asciiName, String utf8Name) {
    String encoded = URLEncoder.encode(utf8Name, StandardCharsets.UTF_8).replace("+", "%20");
    return "attachment; filename=\"" + asciiName.replaceAll("[^A-Za-z0-9._-]", "_") + "\"; filename*=UTF-8''" + encoded;
  }
}

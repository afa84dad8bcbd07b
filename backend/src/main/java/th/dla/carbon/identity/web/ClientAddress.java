package th.dla.carbon.identity.web;

import java.net.InetSocketAddress;
import org.jspecify.annotations.Nullable;
import org.springframework.web.server.ServerWebExchange;

/** The caller's address, for throttling and security events. */
final class ClientAddress {

  private ClientAddress() {}

  /**
   * The client address as our reverse proxy reports it: Spring applies {@code X-Forwarded-For} only with
   * {@code server.forward-headers-strategy=framework} (CARBON_FORWARD_HEADERS), which must then be set only behind
   * a proxy that overwrites the header.
   */
  static @Nullable String of(ServerWebExchange exchange) {
    InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
    return remote == null || remote.getAddress() == null ? null : remote.getAddress().getHostAddress();
  }
}

package th.dla.carbon.support;

import reactor.blockhound.BlockHound;
import reactor.blockhound.integration.BlockHoundIntegration;

/**
 * BlockHound (installed for every test JVM by blockhound-junit-platform) fails any blocking call on a
 * non-blocking thread. The one exception allowed: {@code SecureRandom} reads /dev/urandom through a
 * FileInputStream, which never waits once the kernel's pool is initialised (always, after boot). Spring uses it
 * for multipart boundaries; token generation will too.
 */
public class CarbonBlockHoundIntegration implements BlockHoundIntegration {
  @Override
  public void applyTo(BlockHound.Builder builder) {
    builder.allowBlockingCallsInside("java.security.SecureRandom", "nextBytes");
    builder.allowBlockingCallsInside("java.security.SecureRandom", "next");
    // Known, accepted in production too: Swagger UI's files are served by Spring's resource handler, which checks
    // them in the springdoc webjar with blocking jar I/O, and springdoc reads its index page the same way.
    // Documentation pages only (the SPA is served from memory by SpaFiles); allowing it lets SecurityHeadersIT load
    // Swagger UI in a real browser.
    builder.allowBlockingCallsInside("org.springframework.web.reactive.resource.PathResourceResolver", "getResource");
    builder.allowBlockingCallsInside("org.springdoc.ui.AbstractSwaggerIndexTransformer", "readFullyAsString");
    // springdoc pre-builds the OpenAPI document at start-up for one locale; a browser asking in another language
    // (Accept-Language) makes it build the document again, scanning the classpath, on the event loop.
    builder.allowBlockingCallsInside("org.springdoc.api.AbstractOpenApiResource", "getOpenApi");
    // Netty 4.2's adaptive buffer allocator takes a short internal lock when it grows its magazines under load (a
    // large streamed export, ExportStreamingIT): Netty's own bookkeeping on its event loop, not application blocking.
    builder.allowBlockingCallsInside("io.netty.buffer.AdaptivePoolingAllocator$MagazineGroup", "tryExpandMagazines");
    builder.allowBlockingCallsInside("io.netty.buffer.AdaptivePoolingAllocator$Magazine", "free");
  }
}

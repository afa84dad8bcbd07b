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
  }
}

package th.dla.carbon.demo;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Tells the person who just ran the product where to find it. */
@Component
class StartupNotice {

  private final Environment environment;
  private final boolean demo;
  private final ObjectProvider<DemoDataLoader> demoData;

  StartupNotice(Environment environment, @Value("${carbon.demo.enabled:false}") boolean demo,
      ObjectProvider<DemoDataLoader> demoData) {
    this.environment = environment;
    this.demo = demo;
    this.demoData = demoData;
  }

  @EventListener(ApplicationReadyEvent.class)
  void announce() {
    String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
    String url = "http://localhost:" + port;
    StringBuilder notice = new StringBuilder()
        .append("\n\n  LAO Carbon Credit Marketplace is ready\n")
        .append("  App:        ").append(url).append('/').append('\n')
        .append("  API docs:   ").append(url).append("/swagger-ui.html\n")
        .append("  Health:     ").append(url).append("/actuator/health\n")
        .append("  Database:   ")
        .append(environment.getProperty("carbon.database.embedded.active", Boolean.class, false)
            ? "embedded PostgreSQL, data in " + environment.getProperty("carbon.database.embedded.data-dir")
            : "external PostgreSQL (DATABASE_URL)")
        .append('\n')
        .append("  Demo data:  ").append(demo ? "loaded" : "off").append('\n');
    if (demo) {
      notice.append("  Demo accounts (password \"").append(DemoAccounts.PASSWORD).append("\"):\n");
      DemoAccounts.STAFF.forEach(account -> notice.append("    ").append(String.format("%-26s", account.username()))
          .append(account.role()).append(account.tenant() == null ? "" : " " + account.tenant()).append('\n'));
      DemoAccounts.BUYERS.forEach(buyer -> notice.append("    ").append(String.format("%-26s", buyer.username()))
          .append("BUYER ").append(buyer.nameEn()).append(" (").append(buyer.status()).append(")\n"));
      DemoDataLoader loader = demoData.getIfAvailable();
      String certificateNo = loader == null ? null : loader.certificateNo();
      if (certificateNo != null) {
        notice.append("  Demo certificate: ").append(url).append("/verify/").append(certificateNo).append('\n');
      }
    }
    System.out.println(notice);
  }
}

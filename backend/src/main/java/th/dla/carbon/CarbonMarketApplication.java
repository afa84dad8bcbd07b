package th.dla.carbon;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class CarbonMarketApplication {
  public static void main(String[] args) {
    SpringApplication.run(CarbonMarketApplication.class, args);
  }
}

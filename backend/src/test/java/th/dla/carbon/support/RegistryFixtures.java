package th.dla.carbon.support;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import th.dla.carbon.directory.DirectoryImport;
import th.dla.carbon.registry.Issuance;
import th.dla.carbon.registry.IssuanceRequest;
import th.dla.carbon.registry.IssuanceRequest.AllocationLine;
import th.dla.carbon.registry.Issuances;

/** Registry test data: the demo LAOs in the directory, and issuances on serial ranges no other test uses. */
public final class RegistryFixtures {

  public static final String PROJECT = "DLA-WWB";
  /** เทศบาลเมืองบางศรีเมือง (Nonthaburi) */
  public static final String BANG_SRI_MUEANG = "4120102";
  /** เทศบาลเมืองกระบี่ (Krabi) */
  public static final String KRABI_TOWN = "4810102";
  /** เทศบาลตำบลอ่าวนาง (Krabi) */
  public static final String AO_NANG = "5810103";
  /** เทศบาลนครนนทบุรี */
  public static final String NONTHABURI_CITY = "3120101";

  private static final AtomicLong NEXT_SERIAL = new AtomicLong(1_000_000);

  private RegistryFixtures() {}

  public static void loadDemoLaos(DirectoryImport directoryImport) {
    directoryImport.importDlaCsv(DataBufferUtils.read(new ClassPathResource("demo/demo-laos.csv"),
        DefaultDataBufferFactory.sharedInstance, 16 * 1024)).block();
  }

  /** Serials no other test of this JVM uses: {@code [first, first + quantity - 1]}. */
  public static long freshSerials(long quantity) {
    return NEXT_SERIAL.getAndAdd(quantity + 1000);
  }

  /** Issues {@code quantities[i]} credits of {@code vintage} to {@code laoCodes[i]}, on fresh serials. */
  public static Issuance issue(Issuances issuances, int vintage, List<String> laoCodes, List<Long> quantities) {
    long total = quantities.stream().mapToLong(Long::longValue).sum();
    long first = freshSerials(total);
    List<AllocationLine> lines = new ArrayList<>();
    for (int i = 0; i < laoCodes.size(); i++) {
      lines.add(new AllocationLine(laoCodes.get(i), quantities.get(i)));
    }
    return issuances.create(new IssuanceRequest(PROJECT, vintage, first, first + total - 1,
        "TGO-TEST-" + UUID.randomUUID(), LocalDate.of(vintage + 1, 3, 1), lines)).block().issuance();
  }
}

package th.dla.carbon.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import th.dla.carbon.registry.IssuanceRequest;
import th.dla.carbon.registry.IssuanceRequest.AllocationLine;
import th.dla.carbon.registry.Issuances;
import th.dla.carbon.registry.WetWasteBins;

/**
 * Demo credits: two issuances of the wet-waste-bin project (vintages 2023 and 2024, พ.ศ. 2566 and 2567) allocated
 * across demo LAOs of Nonthaburi, Krabi and other provinces, a reporting window open around today, and some
 * bin reports — all through the registry's API, so they obey its rules. Idempotent: issuances are repeated
 * with their TGO references (an identical repeat changes nothing); the window and reports are added only when
 * no window exists yet.
 */
final class DemoRegistry {

  static final String PROJECT = "DLA-WWB";

  /** LAO code → credits allocated per vintage (2023, 2024). Figures are illustrative, not DLA's. */
  static final List<Map.Entry<String, long[]>> ALLOCATION = List.of(
      Map.entry("4120102", new long[] {1_250, 1_480}),  // เทศบาลเมืองบางศรีเมือง, นนทบุรี
      Map.entry("3120101", new long[] {3_400, 3_720}),  // เทศบาลนครนนทบุรี
      Map.entry("4120201", new long[] {860, 940}),      // เทศบาลเมืองบางกรวย
      Map.entry("6120604", new long[] {310, 355}),      // อบต.เกาะเกร็ด
      Map.entry("5810103", new long[] {920, 1_010}),    // เทศบาลตำบลอ่าวนาง, กระบี่
      Map.entry("4810102", new long[] {1_130, 1_205}),  // เทศบาลเมืองกระบี่
      Map.entry("6810104", new long[] {270, 300}),      // อบต.กระบี่น้อย
      Map.entry("3500101", new long[] {2_150, 2_390}),  // เทศบาลนครเชียงใหม่
      Map.entry("3400101", new long[] {1_780, 1_960}),  // เทศบาลนครขอนแก่น
      Map.entry("3901101", new long[] {1_640, 1_720})); // เทศบาลนครหาดใหญ่

  /** LAO code → households taking part and bins in use, for the demo reports. */
  static final Map<String, long[]> BIN_REPORTS = Map.of(
      "4120102", new long[] {27_600, 28_150},
      "5810103", new long[] {20_300, 20_450},
      "3120101", new long[] {75_200, 76_900});

  private DemoRegistry() {}

  static Mono<String> ensure(Issuances issuances, WetWasteBins bins) {
    long serial2023 = 1;
    long total2023 = ALLOCATION.stream().mapToLong(e -> e.getValue()[0]).sum();
    long serial2024 = serial2023 + total2023;
    return issue(issuances, 2023, serial2023, 0, "TGO-DEMO-WWB-2566-001", LocalDate.of(2024, 3, 15))
        .then(issue(issuances, 2024, serial2024, 1, "TGO-DEMO-WWB-2567-001", LocalDate.of(2025, 3, 14)))
        .then(bins.windows().hasElements())
        .flatMap(hasWindow -> hasWindow ? Mono.just("issuances up to date; reporting windows already exist")
            : openWindowAndReport(bins));
  }

  private static Mono<Void> issue(Issuances issuances, int vintage, long first, int column, String tgoReference, LocalDate issuedOn) {
    List<AllocationLine> lines = new ArrayList<>();
    long total = 0;
    for (Map.Entry<String, long[]> entry : ALLOCATION) {
      lines.add(new AllocationLine(entry.getKey(), entry.getValue()[column]));
      total += entry.getValue()[column];
    }
    return issuances.create(new IssuanceRequest(PROJECT, vintage, first, first + total - 1, tgoReference, issuedOn, lines)).then();
  }

  private static Mono<String> openWindowAndReport(WetWasteBins bins) {
    LocalDate today = bins.today();
    return bins.openWindow("รายงานข้อมูลถังขยะเปียก ลดโลกร้อน ปีงบประมาณ พ.ศ. 2568 (demo)", LocalDate.of(2024, 10, 1),
            LocalDate.of(2025, 9, 30), today.minusDays(7), today.plusDays(30))
        .thenMany(Flux.fromIterable(BIN_REPORTS.entrySet())
            .concatMap(e -> bins.submit(e.getKey(), e.getValue()[0], e.getValue()[1], "demo")))
        .then(Mono.just("issuances, a reporting window open until " + today.plusDays(30) + " and " + BIN_REPORTS.size() + " bin reports"));
  }
}

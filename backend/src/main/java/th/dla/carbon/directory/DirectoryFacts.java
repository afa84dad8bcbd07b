package th.dla.carbon.directory;

import java.util.Map;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import th.dla.carbon.directory.persistence.DirectoryQueries;
import th.dla.carbon.directory.persistence.LaoCriteria;

/** Directory figures for read models (the dashboards): LAO counts and the LAOs of a province. */
@Service
public class DirectoryFacts {

  private final DirectoryQueries queries;

  DirectoryFacts(DirectoryQueries queries) {
    this.queries = queries;
  }

  /** Number of LAOs per province code (provinces without LAOs included, with 0). */
  public Mono<Map<String, Long>> laoCountsByProvince() {
    return queries.provinces().collectMap(row -> row.code(), row -> row.laoCount());
  }

  /** Every LAO of the province, by code. */
  public Flux<Lao> laosOf(String provinceCode) {
    return queries.findLaos(new LaoCriteria(provinceCode, null, null, 0, 100_000))
        .map(row -> new Lao(row.code(), row.nameTh(), row.type(), row.provinceCode(), row.districtTh()));
  }
}

package th.dla.carbon.directory;

import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import th.dla.carbon.directory.persistence.DirectoryQueries;
import th.dla.carbon.directory.persistence.LaoCriteria;
import th.dla.carbon.directory.persistence.LaoRow;
import th.dla.carbon.directory.persistence.ProvinceRow;
import th.dla.carbon.platform.web.PageResponse;

/** The directory's API for the web layer and for other modules. Everything here is public information. */
@Service
public class Directory {

  private final DirectoryQueries queries;

  Directory(DirectoryQueries queries) {
    this.queries = queries;
  }

  public Flux<Province> provinces() {
    return queries.provinces().map(Directory::province);
  }

  public Mono<Province> province(String code) {
    return provinces().filter(province -> province.code().equals(code)).next()
        .switchIfEmpty(Mono.error(() -> new ProvinceNotFound(code)));
  }

  /** The LAO with this code, or a {@link LaoNotFound} error. */
  public Mono<Lao> lao(String code) {
    return queries.findLao(code)
        .map(row -> new Lao(row.code(), row.nameTh(), row.type(), row.provinceCode(), row.districtTh()))
        .switchIfEmpty(Mono.error(() -> new LaoNotFound(code)));
  }

  /** For the web layer: provinces with their LAO counts. */
  public Flux<ProvinceRow> provinceRows() {
    return queries.provinces();
  }

  public Mono<LaoRow> laoRow(String code) {
    return queries.findLao(code).switchIfEmpty(Mono.error(() -> new LaoNotFound(code)));
  }

  public Mono<PageResponse<LaoRow>> searchLaos(LaoCriteria criteria, int page) {
    return Mono.zip(queries.findLaos(criteria).collectList(), queries.countLaos(criteria))
        .map(result -> new PageResponse<>(result.getT1(), page, criteria.limit(), result.getT2()));
  }

  public Flux<String> districts(String provinceCode) {
    return province(provinceCode).thenMany(queries.districts(provinceCode));
  }

  private static Province province(ProvinceRow row) {
    return new Province(row.code(), row.nameTh(), row.nameEn(), Region.valueOf(row.region()), row.gridCol(), row.gridRow());
  }
}

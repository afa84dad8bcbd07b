package th.dla.carbon.directory.persistence;

import io.r2dbc.spi.Readable;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import th.dla.carbon.directory.LaoType;

/** Read side of the directory: hand-written SQL, because the filters are optional and the joins are small. */
@Repository
public class DirectoryQueries {

  private static final String LAO_COLUMNS = """
      l.code, l.name_th, l.type, l.province_code, p.name_th AS province_name_th, p.name_en AS province_name_en,
      l.district_th, l.subdistricts, l.house_no, l.moo, l.postcode, l.area_sq_km, l.latitude, l.longitude, l.website
      """;

  private static final String LAO_FILTER = """
      FROM directory.lao l JOIN directory.province p ON p.code = l.province_code
      WHERE (CAST(:province AS text) IS NULL OR l.province_code = :province)
        AND (CAST(:type AS text) IS NULL OR l.type = :type)
        AND (CAST(:query AS text) IS NULL OR strpos(l.search_text, :query) > 0)
      """;

  private final DatabaseClient db;

  public DirectoryQueries(DatabaseClient db) {
    this.db = db;
  }

  public Flux<ProvinceRow> provinces() {
    return db.sql("""
            SELECT p.code, p.name_th, p.name_en, p.region, p.grid_col, p.grid_row,
                   (SELECT count(*) FROM directory.lao l WHERE l.province_code = p.code) AS lao_count
            FROM directory.province p ORDER BY p.code""")
        .map(row -> new ProvinceRow(
            row.get("code", String.class), row.get("name_th", String.class), row.get("name_en", String.class),
            row.get("region", String.class), row.get("grid_col", Short.class), row.get("grid_row", Short.class),
            row.get("lao_count", Long.class)))
        .all();
  }

  public Flux<LaoRow> findLaos(LaoCriteria criteria) {
    return bindCriteria(db.sql("SELECT " + LAO_COLUMNS + LAO_FILTER + " ORDER BY l.province_code, l.code LIMIT :limit OFFSET :offset"), criteria)
        .bind("limit", criteria.limit())
        .bind("offset", criteria.offset())
        .map(DirectoryQueries::laoRow)
        .all();
  }

  public Mono<Long> countLaos(LaoCriteria criteria) {
    return bindCriteria(db.sql("SELECT count(*) AS total " + LAO_FILTER), criteria)
        .map(row -> row.get("total", Long.class))
        .one();
  }

  public Mono<LaoRow> findLao(String code) {
    return db.sql("SELECT " + LAO_COLUMNS + " FROM directory.lao l JOIN directory.province p ON p.code = l.province_code WHERE l.code = :code")
        .bind("code", code)
        .map(DirectoryQueries::laoRow)
        .one();
  }

  public Flux<String> districts(String provinceCode) {
    return db.sql("SELECT name_th FROM directory.district WHERE province_code = :province ORDER BY name_th")
        .bind("province", provinceCode)
        .map(row -> row.get("name_th", String.class))
        .all();
  }

  private static DatabaseClient.GenericExecuteSpec bindCriteria(DatabaseClient.GenericExecuteSpec spec, LaoCriteria criteria) {
    spec = criteria.provinceCode() == null ? spec.bindNull("province", String.class) : spec.bind("province", criteria.provinceCode());
    spec = criteria.type() == null ? spec.bindNull("type", String.class) : spec.bind("type", criteria.type().name());
    return criteria.query() == null ? spec.bindNull("query", String.class) : spec.bind("query", criteria.query());
  }

  private static LaoRow laoRow(Readable row) {
    String[] subdistricts = row.get("subdistricts", String[].class);
    return new LaoRow(
        row.get("code", String.class),
        row.get("name_th", String.class),
        LaoType.valueOf(row.get("type", String.class)),
        row.get("province_code", String.class),
        row.get("province_name_th", String.class),
        row.get("province_name_en", String.class),
        row.get("district_th", String.class),
        subdistricts == null ? List.of() : Arrays.asList(subdistricts),
        row.get("house_no", String.class),
        row.get("moo", String.class),
        row.get("postcode", String.class),
        row.get("area_sq_km", BigDecimal.class),
        row.get("latitude", BigDecimal.class),
        row.get("longitude", BigDecimal.class),
        row.get("website", String.class));
  }
}

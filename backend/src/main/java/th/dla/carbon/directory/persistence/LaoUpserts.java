package th.dla.carbon.directory.persistence;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;
import th.dla.carbon.directory.importing.LaoRecord;

/**
 * Writes LAOs in set-based statements (one per chunk, arrays bound as parameters), so a national file of
 * 7,849 LAOs is a handful of round trips. A row whose values did not change is not touched, which is how the
 * import tells "updated" from "unchanged".
 */
@Repository
public class LaoUpserts {

  /** Separates subdistrict names inside one array element; a control character never found in names. */
  private static final String SUBDISTRICT_SEPARATOR = "\u001f";

  private final DatabaseClient db;

  public LaoUpserts(DatabaseClient db) {
    this.db = db;
  }

  public record Counts(int inserted, int updated) {
    public Counts plus(Counts other) {
      return new Counts(inserted + other.inserted, updated + other.updated);
    }
  }

  public Mono<Map<String, String>> provinceCodesByThaiName() {
    return db.sql("SELECT code, name_th FROM directory.province")
        .map(row -> Map.entry(row.get("name_th", String.class), row.get("code", String.class)))
        .all()
        .collectMap(Map.Entry::getKey, Map.Entry::getValue);
  }

  public Mono<Void> ensureDistricts(Collection<LaoRecord> laos) {
    List<LaoRecord> list = List.copyOf(laos);
    return db.sql("""
            INSERT INTO directory.district (province_code, name_th)
            SELECT DISTINCT p, d FROM unnest(CAST(:provinces AS text[]), CAST(:districts AS text[])) AS t(p, d)
            ON CONFLICT DO NOTHING""")
        .bind("provinces", list.stream().map(LaoRecord::provinceCode).toArray(String[]::new))
        .bind("districts", list.stream().map(LaoRecord::districtTh).toArray(String[]::new))
        .then();
  }

  public Mono<Counts> upsert(List<LaoRecord> chunk) {
    return db.sql("""
            WITH incoming AS (
              SELECT * FROM unnest(
                CAST(:codes AS text[]), CAST(:names AS text[]), CAST(:types AS text[]), CAST(:provinces AS text[]),
                CAST(:districts AS text[]), CAST(:subdistricts AS text[]), CAST(:houseNos AS text[]),
                CAST(:moos AS text[]), CAST(:postcodes AS text[]), CAST(:areas AS text[]),
                CAST(:latitudes AS text[]), CAST(:longitudes AS text[]), CAST(:websites AS text[]),
                CAST(:searchTexts AS text[]))
              AS t(code, name_th, type, province_code, district_th, subdistricts, house_no, moo, postcode,
                   area, latitude, longitude, website, search_text)
            ), written AS (
              INSERT INTO directory.lao AS l (code, name_th, type, province_code, district_th, subdistricts, house_no,
                  moo, postcode, area_sq_km, latitude, longitude, website, search_text)
              SELECT code, name_th, type, province_code, district_th,
                     CASE WHEN subdistricts = '' THEN '{}'::text[] ELSE string_to_array(subdistricts, chr(31)) END,
                     house_no, moo, postcode, CAST(area AS numeric), CAST(latitude AS numeric),
                     CAST(longitude AS numeric), website, search_text
              FROM incoming
              ON CONFLICT (code) DO UPDATE SET
                name_th = excluded.name_th, type = excluded.type, province_code = excluded.province_code,
                district_th = excluded.district_th, subdistricts = excluded.subdistricts, house_no = excluded.house_no,
                moo = excluded.moo, postcode = excluded.postcode, area_sq_km = excluded.area_sq_km,
                latitude = excluded.latitude, longitude = excluded.longitude, website = excluded.website,
                search_text = excluded.search_text, updated_at = now()
              WHERE (l.name_th, l.type, l.province_code, l.district_th, l.subdistricts, l.house_no, l.moo, l.postcode,
                     l.area_sq_km, l.latitude, l.longitude, l.website)
                IS DISTINCT FROM
                    (excluded.name_th, excluded.type, excluded.province_code, excluded.district_th, excluded.subdistricts,
                     excluded.house_no, excluded.moo, excluded.postcode, excluded.area_sq_km, excluded.latitude,
                     excluded.longitude, excluded.website)
              RETURNING (xmax = 0) AS inserted
            )
            SELECT count(*) FILTER (WHERE inserted) AS inserted, count(*) FILTER (WHERE NOT inserted) AS updated
            FROM written""")
        .bind("codes", column(chunk, LaoRecord::code))
        .bind("names", column(chunk, LaoRecord::nameTh))
        .bind("types", column(chunk, lao -> lao.type().name()))
        .bind("provinces", column(chunk, LaoRecord::provinceCode))
        .bind("districts", column(chunk, LaoRecord::districtTh))
        .bind("subdistricts", column(chunk, lao -> String.join(SUBDISTRICT_SEPARATOR, lao.subdistricts())))
        .bind("houseNos", column(chunk, LaoRecord::houseNo))
        .bind("moos", column(chunk, LaoRecord::moo))
        .bind("postcodes", column(chunk, LaoRecord::postcode))
        .bind("areas", column(chunk, lao -> plain(lao.areaSqKm())))
        .bind("latitudes", column(chunk, lao -> plain(lao.latitude())))
        .bind("longitudes", column(chunk, lao -> plain(lao.longitude())))
        .bind("websites", column(chunk, LaoRecord::website))
        .bind("searchTexts", column(chunk, LaoRecord::searchText))
        .map(row -> new Counts(row.get("inserted", Long.class).intValue(), row.get("updated", Long.class).intValue()))
        .one();
  }

  private static String[] column(List<LaoRecord> chunk, java.util.function.Function<LaoRecord, String> getter) {
    return chunk.stream().map(getter).toArray(String[]::new);
  }

  private static String plain(BigDecimal value) {
    return value == null ? null : value.toPlainString();
  }
}

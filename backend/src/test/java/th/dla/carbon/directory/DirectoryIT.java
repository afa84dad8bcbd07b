package th.dla.carbon.directory;


import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;
import th.dla.carbon.identity.AccessTokens;
import th.dla.carbon.support.DatabaseCleaner;
import th.dla.carbon.support.IntegrationTest;
import th.dla.carbon.support.SampleDirectory;

@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@SuppressWarnings("unchecked")
class DirectoryIT {

  @Autowired WebTestClient http;
  @Autowired AccessTokens tokens;
  @Autowired DatabaseClient db;

  @BeforeAll
  void loadTheSampleDirectory() {
    DatabaseCleaner.clearDirectory(db);
    SampleDirectory.load(http, tokens);
  }

  @Test
  void listsAllSeventySevenProvincesWithThaiAndEnglishNamesAndRegions() {
    List<Map<String, Object>> provinces = http.get().uri("/api/v1/provinces").exchange()
        .expectStatus().isOk()
        .expectBody(new ParameterizedTypeReference<List<Map<String, Object>>>() {})
        .returnResult().getResponseBody();

    assertThat(provinces).hasSize(77);
    Map<String, Map<String, Object>> byCode = provinces.stream().collect(Collectors.toMap(p -> (String) p.get("code"), p -> p));
    assertThat(byCode.get("10")).containsEntry("nameTh", "กรุงเทพมหานคร").containsEntry("region", "CENTRAL");
    assertThat(byCode.get("12")).containsEntry("nameTh", "นนทบุรี").containsEntry("nameEn", "Nonthaburi");
    assertThat(byCode.get("81")).containsEntry("nameTh", "กระบี่").containsEntry("region", "SOUTH").containsEntry("laoCount", 27);
    assertThat(provinces).extracting(p -> p.get("region")).containsOnly("NORTH", "NORTHEAST", "CENTRAL", "EAST", "WEST", "SOUTH");
  }

  @Test
  void searchesLaosByThaiTextIncludingTheTypePrefix() {
    http.get().uri(uri -> uri.path("/api/v1/laos").queryParam("q", "เทศบาลตำบลคลองท่อมใต้").build()).exchange()
        .expectStatus().isOk()
        .expectBody()
        .jsonPath("$.total").isEqualTo(1)
        .jsonPath("$.items[0].code").isEqualTo("5810401");

    http.get().uri(uri -> uri.path("/api/v1/laos").queryParam("q", "พรุดินนา").build()).exchange()
        .expectStatus().isOk()
        .expectBody()
        // the SAO named พรุดินนา, and the municipality คลองพนพัฒนา that covers subdistrict พรุดินนา
        .jsonPath("$.items[*].code").value(codes -> assertThat((List<Object>) codes).contains("6810406", "5810404"));
  }

  @Test
  void filtersByProvinceAndTypeAndPages() {
    http.get().uri("/api/v1/laos?province=81&type=SAO&size=2&page=1").exchange()
        .expectStatus().isOk()
        .expectBody()
        .jsonPath("$.page").isEqualTo(1)
        .jsonPath("$.size").isEqualTo(2)
        .jsonPath("$.total").value(total -> assertThat((Integer) total).isGreaterThan(2))
        .jsonPath("$.items.length()").isEqualTo(2)
        .jsonPath("$.items[*].type").value(types -> assertThat((List<Object>) types).containsOnly("SAO"));

    http.get().uri("/api/v1/laos?province=12").exchange()
        .expectStatus().isOk()
        .expectBody().jsonPath("$.total").isEqualTo(0).jsonPath("$.items.length()").isEqualTo(0);
  }

  @Test
  void anUnknownLaoIsANotFoundProblem() {
    http.get().uri("/api/v1/laos/9999999").exchange()
        .expectStatus().isNotFound()
        .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.type").isEqualTo("https://carbon.dla.go.th/problems/not-found")
        .jsonPath("$.detail").isEqualTo("LAO 9999999 does not exist");
  }

  @Test
  void listsTheDistrictsOfAProvince() {
    http.get().uri("/api/v1/provinces/81/districts").exchange()
        .expectStatus().isOk()
        .expectBody(new ParameterizedTypeReference<List<String>>() {})
        .value(districts -> assertThat(districts).contains("คลองท่อม", "ปลายพระยา"));
    http.get().uri("/api/v1/provinces/99/districts").exchange().expectStatus().isNotFound();
  }
}

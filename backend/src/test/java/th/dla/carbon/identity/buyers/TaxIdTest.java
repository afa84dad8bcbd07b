package th.dla.carbon.identity.buyers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import th.dla.carbon.identity.OrganisationType;

class TaxIdTest {

  @ParameterizedTest
  @ValueSource(strings = {"0105536112014", "0107568000019", "0994000999011", "0105568999901", "3100500123458", "1101700203450"})
  void validIdsPassTheCheckDigit(String id) {
    assertThat(TaxId.hasValidCheckDigit(id)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"0105536112015", "0105536112010", "0105536112024", "1105536112014", "0107568000018"})
  void aChangedDigitFailsTheCheck(String id) {
    assertThat(TaxId.hasValidCheckDigit(id)).isFalse();
  }

  @Test
  void theCheckDigitFollowsTheFormulaOfTheDomainNotes() {
    // (11 − (Σ dᵢ·(14−i) for i = 1..12) mod 11) mod 10 for 010553611201: Σ = 194, 194 mod 11 = 7, 11 − 7 = 4
    assertThat(TaxId.checkDigit("010553611201")).isEqualTo(4);
    // a remainder of 0 gives 11, and 1 gives 10: both end in the digit 1 and 0 after "mod 10"
    for (String first12 : new String[] {"000000000000", "100000000009"}) {
      int sum = 0;
      for (int i = 0; i < 12; i++) {
        sum += (first12.charAt(i) - '0') * (13 - i);
      }
      assertThat(TaxId.checkDigit(first12)).isEqualTo((11 - sum % 11) % 10);
    }
  }

  @Test
  void dashesAndSpacesAreIgnored() {
    assertThat(TaxId.normalize("0-1055-36112-01-4")).isEqualTo("0105536112014");
    assertThat(TaxId.problem("0 1055 36112 01 4", OrganisationType.BUSINESS)).isNull();
  }

  @Test
  void theProblemNamesWhatIsWrong() {
    assertThat(TaxId.problem("010553611201", OrganisationType.BUSINESS)).isEqualTo("must be 13 digits");
    assertThat(TaxId.problem("01055361120१4", OrganisationType.BUSINESS)).isEqualTo("must be 13 digits");
    assertThat(TaxId.problem(null, OrganisationType.BUSINESS)).isEqualTo("must be 13 digits");
    assertThat(TaxId.problem("0105536112015", OrganisationType.BUSINESS)).contains("check digit");
    // a valid citizen ID is not a juristic person ID, and the other way round
    assertThat(TaxId.problem("3100500123458", OrganisationType.STATE_ENTERPRISE)).contains("starts with 0");
    assertThat(TaxId.problem("0105536112014", OrganisationType.INDIVIDUAL)).contains("citizen ID");
    assertThat(TaxId.problem("3100500123458", OrganisationType.INDIVIDUAL)).isNull();
  }

  @Test
  void thaiPhoneNumbersAreAcceptedInTheirUsualFormsAndKeptInOne() {
    assertThat(ContactRules.phone("0812345678")).isEqualTo("081-234-5678");
    assertThat(ContactRules.phone("+66 81 234 5678")).isEqualTo("081-234-5678");
    assertThat(ContactRules.phone("02 123 4567")).isEqualTo("02-123-4567");
    assertThat(ContactRules.phone("(075) 637-123")).isEqualTo("075-637-123");
    assertThat(ContactRules.phone("02-123-4567 ต่อ 12")).isEqualTo("02-123-4567 ต่อ 12");
    assertThat(ContactRules.phone("12345")).isNull();
    assertThat(ContactRules.phone("081-234-567")).isNull();
    assertThat(ContactRules.phone("call me")).isNull();
    assertThat(ContactRules.email(" a.b@example.go.th ")).isEqualTo("a.b@example.go.th");
    assertThat(ContactRules.email("not-an-email")).isNull();
  }
}

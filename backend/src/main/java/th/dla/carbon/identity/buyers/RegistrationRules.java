package th.dla.carbon.identity.buyers;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import th.dla.carbon.platform.web.FieldProblem;

/**
 * What a registration must satisfy, field by field, so that the form can show every problem at once. Returns the
 * registration in its stored form (ID digits only, phone in the canonical form, text trimmed).
 */
public final class RegistrationRules {

  static final int MAX_NAME = 300;
  static final int MAX_TEXT = 500;

  /** The outcome: the cleaned registration when {@code problems} is empty. */
  public record Checked(@Nullable RegistrationRequest registration, List<FieldProblem> problems) {}

  private RegistrationRules() {}

  /**
   * @param provinceExists whether a 2-digit code is one of the 77 provinces
   */
  public static Checked check(RegistrationRequest request, Predicate<String> provinceExists) {
    List<FieldProblem> problems = new ArrayList<>();
    if (request.type() == null) {
      problems.add(new FieldProblem("type", "is required: BUSINESS, GOVERNMENT_AGENCY, STATE_ENTERPRISE, FOUNDATION_OR_NGO or INDIVIDUAL"));
    }
    String nameTh = ContactRules.requiredText(request.nameTh(), "nameTh", MAX_NAME, problems);
    if (nameTh != null && !nameTh.matches(".*[\\u0E00-\\u0E7F].*")) {
      problems.add(new FieldProblem("nameTh", "must be written in Thai"));
    }
    String nameEn = ContactRules.requiredText(request.nameEn(), "nameEn", MAX_NAME, problems);
    String taxIdProblem = TaxId.problem(request.taxId(), request.type());
    if (taxIdProblem != null) {
      problems.add(new FieldProblem("taxId", taxIdProblem));
    }
    BuyerAddress address = address(request.address(), provinceExists, problems);
    String contactName = ContactRules.requiredText(request.contactName(), "contactName", MAX_NAME, problems);
    String email = ContactRules.email(request.email(), "email", problems);
    String phone = ContactRules.phone(request.phone(), "phone", problems);
    String tgo = request.tgoAccountNo() == null || request.tgoAccountNo().isBlank() ? null : request.tgoAccountNo().strip();
    if (tgo != null && !tgo.matches("[A-Za-z0-9][A-Za-z0-9/_.-]{0,63}")) {
      problems.add(new FieldProblem("tgoAccountNo", "must be the account number as TGO's registry shows it (letters, digits, - / . _)"));
    }
    String username = request.username() == null ? "" : request.username().strip().toLowerCase(java.util.Locale.ROOT);
    if (!username.matches("[a-z0-9][a-z0-9._@-]{2,63}")) {
      problems.add(new FieldProblem("username", "must be 3 to 64 characters: letters, digits and . _ @ -, starting with a letter or digit"));
    }
    if (!problems.isEmpty()) {
      return new Checked(null, problems);
    }
    return new Checked(new RegistrationRequest(request.type(), nameTh, nameEn, TaxId.normalize(request.taxId()), address,
        contactName, email, phone, tgo, username, request.password()), List.of());
  }

  private static @Nullable BuyerAddress address(@Nullable BuyerAddress address, Predicate<String> provinceExists, List<FieldProblem> problems) {
    if (address == null) {
      problems.add(new FieldProblem("address", "is required"));
      return null;
    }
    String line = ContactRules.requiredText(address.line(), "address.line", MAX_TEXT, problems);
    String subdistrict = ContactRules.requiredText(address.subdistrict(), "address.subdistrict", MAX_NAME, problems);
    String district = ContactRules.requiredText(address.district(), "address.district", MAX_NAME, problems);
    String province = address.provinceCode() == null ? "" : address.provinceCode().strip();
    if (!province.matches("[0-9]{2}") || !provinceExists.test(province)) {
      problems.add(new FieldProblem("address.provinceCode", "must be the 2-digit code of a province"));
    }
    String postcode = address.postcode() == null ? "" : address.postcode().strip();
    if (!postcode.matches("[1-9][0-9]{4}")) {
      problems.add(new FieldProblem("address.postcode", "must be a 5-digit postcode"));
    }
    return new BuyerAddress(line, subdistrict, district, province, postcode);
  }
}

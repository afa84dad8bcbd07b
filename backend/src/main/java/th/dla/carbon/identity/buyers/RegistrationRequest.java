package th.dla.carbon.identity.buyers;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;
import th.dla.carbon.identity.OrganisationType;

/**
 * The {@code registration} part of a buyer registration: the organisation and its first user. Checked by
 * {@link RegistrationRules}, which names each wrong field.
 */
public record RegistrationRequest(
    OrganisationType type,
    @Schema(example = "ธนาคารกรีนแบงก์ จำกัด (มหาชน)") String nameTh,
    @Schema(example = "Green Bank Public Company Limited") String nameEn,
    @Schema(description = "13-digit juristic person ID, or citizen ID for INDIVIDUAL; dashes and spaces are ignored",
        example = "0105536112014") String taxId,
    BuyerAddress address,
    @Schema(example = "นางสาวกานดา ใจดี") String contactName,
    String email,
    @Schema(description = "Thai phone number: 081-234-5678, 02-123-4567, +66 81 234 5678, optionally ต่อ 12") String phone,
    @Schema(description = "Account number at TGO's carbon credit registry, when the organisation has one") @Nullable String tgoAccountNo,
    @Schema(description = "Sign-in name of the organisation's first user") String username,
    @Schema(description = "At least 10 characters; not the username; not a common password") String password) {}

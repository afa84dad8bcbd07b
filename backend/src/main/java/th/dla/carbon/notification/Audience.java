package th.dla.carbon.notification;

import java.util.Objects;
import java.util.UUID;

/** Who a notification is for. Stored as a type and a key, matched against the reader's roles and tenants. */
public sealed interface Audience {

  /** The officers of one LAO. */
  record LaoOfficers(String laoCode) implements Audience {
    public LaoOfficers {
      Objects.requireNonNull(laoCode, "laoCode");
    }
  }

  /** The people acting for one buyer organisation. */
  record BuyerOrganisation(UUID buyerId) implements Audience {
    public BuyerOrganisation {
      Objects.requireNonNull(buyerId, "buyerId");
    }
  }

  /** The provincial officers (สถจ.) of one province. */
  record ProvinceOfficers(String provinceCode) implements Audience {
    public ProvinceOfficers {
      Objects.requireNonNull(provinceCode, "provinceCode");
    }
  }

  /** Every DLA administrator. */
  record DlaAdmins() implements Audience {}

  /** One person. */
  record Person(UUID userId) implements Audience {
    public Person {
      Objects.requireNonNull(userId, "userId");
    }
  }

  /** The stored type: {@code LAO_OFFICERS}, {@code BUYER_ORGANISATION}, ... */
  default String type() {
    if (this instanceof LaoOfficers) {
      return "LAO_OFFICERS";
    } else if (this instanceof BuyerOrganisation) {
      return "BUYER_ORGANISATION";
    } else if (this instanceof ProvinceOfficers) {
      return "PROVINCE_OFFICERS";
    } else if (this instanceof DlaAdmins) {
      return "DLA_ADMINS";
    }
    return "PERSON";
  }

  /** The stored key: the LAO code, buyer id, province code or user id; empty for DLA administrators. */
  default String key() {
    if (this instanceof LaoOfficers lao) {
      return lao.laoCode();
    } else if (this instanceof BuyerOrganisation buyer) {
      return buyer.buyerId().toString();
    } else if (this instanceof ProvinceOfficers province) {
      return province.provinceCode();
    } else if (this instanceof Person person) {
      return person.userId().toString();
    }
    return "";
  }

  static Audience of(String type, String key) {
    return switch (type) {
      case "LAO_OFFICERS" -> new LaoOfficers(key);
      case "BUYER_ORGANISATION" -> new BuyerOrganisation(UUID.fromString(key));
      case "PROVINCE_OFFICERS" -> new ProvinceOfficers(key);
      case "DLA_ADMINS" -> new DlaAdmins();
      case "PERSON" -> new Person(UUID.fromString(key));
      default -> throw new IllegalArgumentException("unknown audience type " + type);
    };
  }
}

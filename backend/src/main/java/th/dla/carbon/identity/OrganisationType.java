package th.dla.carbon.identity;

/** What kind of buyer an organisation is; decides which 13-digit ID it registers with. */
public enum OrganisationType {
  /** A company or partnership (นิติบุคคล): juristic person ID, starts with 0. */
  BUSINESS,
  /** A ministry, department or other agency (ส่วนราชการ): its tax ID, starts with 0. */
  GOVERNMENT_AGENCY,
  /** รัฐวิสาหกิจ: juristic person ID. */
  STATE_ENTERPRISE,
  /** มูลนิธิ / สมาคม / NGO: tax ID, starts with 0. */
  FOUNDATION_OR_NGO,
  /** A person buying for themselves: Thai citizen ID (เลขประจำตัวประชาชน), starts with 1–8. */
  INDIVIDUAL;

  public boolean isJuristic() {
    return this != INDIVIDUAL;
  }
}

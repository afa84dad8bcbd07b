package th.dla.carbon.identity;

/** An LAO officer appointment: {@code PENDING → APPROVED | REJECTED}; {@code REVOKED} when it ends. */
public enum OfficerStatus {
  PENDING("รออนุมัติ"),
  APPROVED("อนุมัติแล้ว"),
  REJECTED("ไม่อนุมัติ"),
  REVOKED("ยกเลิกแล้ว");

  private final String labelTh;

  OfficerStatus(String labelTh) {
    this.labelTh = labelTh;
  }

  /** As the roster form shows it. */
  public String labelTh() {
    return labelTh;
  }
}

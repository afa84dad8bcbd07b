package th.dla.carbon.directory;

/** An LAO as other modules see it: enough to name it and place it, nothing about its office. */
public record Lao(String code, String nameTh, LaoType type, String provinceCode, String district) {

  public String fullNameTh() {
    return type.fullName(nameTh);
  }
}

package th.dla.carbon.directory.web;

import th.dla.carbon.directory.LaoType;

public record LaoSummaryResponse(
    String code,
    String nameTh,
    String fullNameTh,
    LaoType type,
    String provinceCode,
    String provinceNameTh,
    String provinceNameEn,
    String district) {}

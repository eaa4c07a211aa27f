package org.jrw.model;

/** A party to the case: a unit with its 统一社会信用代码, or a person with a 公民身份号码. */
public record Party(
        String id,
        PartyKind kind,
        String name,
        String creditCode,
        String legalRepresentative,
        String address,
        Integer employees,
        String idNumber,
        String position,
        Long annualIncomeYuan,
        Extra extra) {

    public boolean isUnit() {
        return kind == PartyKind.UNIT;
    }
}

import { describe, expect, it } from "vitest";
import { valueZh } from "../../src/model/value-zh";

describe("valueZh: enumerated values read in Chinese in Chinese messages", () => {
  it("gives the Chinese of an enumerated value or a boolean", () => {
    expect(valueZh("priceError")).toBe("报价错误");
    expect(valueZh("governmentProcurement")).toBe("政府采购");
    expect(valueZh(true)).toBe("是");
    expect(valueZh(false)).toBe("否");
  });
  it("has every price pattern and related-bidder relation the risk signals put in their evidence", () => {
    for (const v of ["identical", "arithmetic", "geometric", "cluster", "sameLegalRepresentative", "controls", "commonController"]) expect(valueZh(v), v).toMatch(/^[\u4e00-\u9fff]+$/);
  });
  it("leaves names, numbers and unknown words as they are, and never reads the prototype", () => {
    expect(valueZh("阳谷县办公家具采购项目")).toBe("阳谷县办公家具采购项目");
    expect(valueZh(1687000)).toBe("1687000");
    expect(valueZh("toString")).toBe("toString");
    expect(valueZh("__proto__")).toBe("__proto__");
    expect(valueZh({ a: 1 })).toBe("");
  });
});

import stringWidth from "string-width";
import { describe, expect, it } from "vitest";
import { padColumns, progressLayout, wrapColumns } from "../src/table";

describe("terminal columns (string-width): Chinese characters take two", () => {
  it("pads by columns, not by characters", () => {
    expect(padColumns("写出报告", 10)).toBe("写出报告  ");
    expect(stringWidth(padColumns("校验 / checking", 20))).toBe(20);
  });

  it("wraps Chinese text between characters and English at spaces, within the width", () => {
    const text = "校验记录（JSON、JSON 数组或 JSON Lines，可多个文件和目录）：坏记录报告后跳过，最后给出汇总 / check records (JSON, JSON arrays or JSON Lines; many files and directories)";
    for (const width of [20, 33, 50]) {
      const lines = wrapColumns(text, width);
      for (const l of lines) expect(stringWidth(l), l).toBeLessThanOrEqual(width);
      expect(lines.join("").replace(/\s/g, "")).toBe(text.replace(/\s/g, ""));
    }
  });

  it("lays a progress bar with a Chinese label out within the terminal", () => {
    for (const columns of [60, 80, 120]) {
      const { format, barsize } = progressLayout("写出报告 / writing the report", 34, "{value}/{total}", columns);
      const line = format.replace("{bar}", "█".repeat(barsize)).replace("{value}/{total}", "3000/3000");
      expect(stringWidth(line), `${columns}: ${line}`).toBeLessThanOrEqual(columns - 1);
    }
  });
});

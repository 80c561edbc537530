/** The command line comes from the job registry: commands, help, options and their checks. */
import { jobs } from "../../src/jobs/registry";
import { kaw } from "./workbooks";

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");

describe("kaw from the registry", () => {
  it("lists every registered job in kaw --help, in the method's order, in both languages", async () => {
    const en = await kaw(["--help"], { LANG: "en_US.UTF-8" });
    const zh = await kaw(["--help", "--lang", "zh-CN"]);
    for (const job of jobs) {
      expect(en.out).toContain(`kaw ${job.key} <in.xlsx> --out <out.xlsx> [options]`);
      // Keys are padded to the longest one.
      expect(en.out).toMatch(
        new RegExp(`  ${job.key} +${escape(`${job.names["en-US"]}: ${job.summary["en-US"]}`)}`),
      );
      expect(zh.out).toMatch(
        new RegExp(`  ${job.key} +${escape(`${job.names["zh-CN"]}: ${job.summary["zh-CN"]}`)}`),
      );
    }
  });

  it("names the jobs there are when the command is unknown", async () => {
    const run = await kaw(["budget", "a.xlsx"], { LANG: "en_US.UTF-8" });
    expect(run.code).toBe(2);
    expect(run.err).toContain(
      `unknown command "budget"; the jobs are ${jobs.map((job) => job.key).join(", ")}`,
    );
  });

  it("checks a choice option against its choices and names them", async () => {
    const run = await kaw(["ratios", "a.xlsx", "--out", "b.xlsx", "--days", "300"], { LANG: "en_US.UTF-8" });
    expect(run.code).toBe(2);
    expect(run.err).toContain('--days takes 365|360, not "300"');
  });

  it("refuses --new-copy for a job that generates no sheets, naming the option and the job", async () => {
    const run = await kaw(["ratios", "a.xlsx", "--out", "b.xlsx", "--new-copy"], { LANG: "en_US.UTF-8" });
    expect(run.code).toBe(2);
    expect(run.err).toContain("--new-copy is not an option of kaw ratios");
    const zh = await kaw(["ratios", "a.xlsx", "--out", "b.xlsx", "--new-copy", "--lang", "zh-CN"]);
    expect(zh.err).toContain("--new-copy 不是 kaw ratios 的选项");
  });

  it("shows a job's options with their defaults in kaw <job> --help", async () => {
    const run = await kaw(["help", "ratios"], { LANG: "en_US.UTF-8" });
    expect(run.out).toMatch(
      /--days 365\|360 +Days in a year for the collection and inventory periods: 365 or 360 \(default 365\)/,
    );
    expect(run.out).toContain("Example: kaw ratios in.xlsx --out out.xlsx --days 360");
  });
});

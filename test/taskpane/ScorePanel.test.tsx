/** @jest-environment jsdom */
import { act, fireEvent, render, screen, within } from "@testing-library/react";
import type { Lang } from "../../src/domain/types";
import { scoresJob } from "../../src/jobs/scores/scoresJob";
import type { JobDefinition, JobReport } from "../../src/jobs/jobDefinition";
import { ScorePanel } from "../../src/taskpane/components/ScorePanel";
import { sampleHost, settingsValues } from "./scoreWorkbook";

const job = scoresJob as unknown as JobDefinition<JobReport>;

function setup(lang: Lang = "en-US", host = sampleHost()) {
  const select = jest.spyOn(host, "select");
  render(<ScorePanel host={host} lang={lang} job={job} />);
  return { host, select };
}

afterEach(async () => {
  await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
});

const spin = (name: string) => screen.getByRole("spinbutton", { name });
const shown = (names: readonly string[]) => names.map((name) => (spin(name) as HTMLInputElement).value);
const influence = ["Procurement cost", "Technical content", "Policy and social factors"];
const priority = ["Financial health score", "Purchase influence score", "Account value"];

async function typeWeight(name: string, value: string) {
  const input = spin(name);
  // Fluent's SpinButton listens to input events and commits on blur.
  fireEvent.input(input, { target: { value } });
  await act(async () => {
    fireEvent.blur(input);
    await Promise.resolve();
  });
}

async function choose(comboName: string, optionName: string) {
  // A dropdown's name is its label and then the option shown.
  fireEvent.click(screen.getByRole("combobox", { name: (name) => name.startsWith(`${comboName} `) }));
  fireEvent.click(await screen.findByRole("option", { name: optionName }));
}

describe("ScorePanel", () => {
  it("starts from the default settings when the workbook has no settings sheet yet", async () => {
    setup("en-US");
    expect(
      await screen.findByText("No settings sheet yet: the run creates Settings with these values."),
    ).toBeTruthy();
    expect(await screen.findByRole("combobox", { name: "Customer sheet 客户财务" })).toBeTruthy();
    expect(shown(influence)).toEqual(["0.40", "0.30", "0.30"]);
    expect(shown(priority)).toEqual(["0.40", "0.30", "0.30"]);
    expect(screen.getAllByText("Sum = 1.00")).toHaveLength(2);
    expect(screen.getByText("Runs with the settings as they stand.")).toBeTruthy();
  });

  it("keeps each weight group at a sum of 1 when a weight is typed or moved with the keyboard", async () => {
    setup("en-US");
    await screen.findByText(/^No settings sheet yet/);
    // 0.5 for cost leaves 0.5, shared 0.3 : 0.3 → 0.25 and 0.25.
    await typeWeight("Procurement cost", "0.5");
    expect(shown(influence)).toEqual(["0.50", "0.25", "0.25"]);
    // The slider's arrow key: technical content 0.25 → 0.30 leaves 0.70, shared 0.5 : 0.25 → 0.467 and 0.233.
    const slider = screen.getByRole("slider", { name: "Technical content, slider" });
    fireEvent.keyDown(slider, { key: "ArrowRight", keyCode: 39, which: 39 });
    expect(shown(influence)).toEqual(["0.467", "0.30", "0.233"]);
    // Out of range is held at 1: the others drop to 0.
    await typeWeight("Account value", "1.7");
    expect(shown(priority)).toEqual(["0.00", "0.00", "1.00"]);
    expect(screen.getAllByText("Sum = 1.00")).toHaveLength(2);
    // Technical content is back at the 0.3 it was read as: five settings changed.
    expect(screen.getByText("Will write 5 changed settings into Settings.")).toBeTruthy();
  });

  it("derives the influence weights by AHP and shows their consistency ratio", async () => {
    setup("en-US");
    fireEvent.click(await screen.findByRole("switch", { name: "Derive from pairwise comparisons (AHP)" }));
    await choose("Procurement cost vs Technical content", "3 · Procurement cost moderately more important");
    await choose(
      "Procurement cost vs Policy and social factors",
      "5 · Procurement cost strongly more important",
    );
    await choose(
      "Technical content vs Policy and social factors",
      "2 · Technical content equally to moderately more important",
    );
    // By hand (row geometric means, which the eigenvector matches to 4 decimals here): 15^(1/3) = 2.4662,
    // (2/3)^(1/3) = 0.8736, 0.1^(1/3) = 0.4642, sum 3.8040 → 0.6483, 0.2297, 0.1220. A·w = (1.9474, 0.6898,
    // 0.3665) → λmax = mean(3.0038, 3.0030, 3.0040) = 3.0036, CI = 0.0018, CR = 0.0018 / 0.58 = 0.003.
    expect(
      screen.getByText(
        "Derived weights: Procurement cost 0.648 · Technical content 0.230 · Policy and social factors 0.122",
      ),
    ).toBeTruthy();
    expect(shown(influence)).toEqual(["0.648", "0.23", "0.122"]);
    expect(screen.getByText("Consistency ratio CR = 0.003 (below 0.10: consistent)")).toBeTruthy();
    // A cycle (cost > technical > policy > cost at 3 each): weights 1/3 each, A·w = 13/9 per row → λmax = 13/3,
    // CI = (13/3 − 3) / 2 = 0.667, CR = 0.667 / 0.58 = 1.149: a warning, and the run stays allowed.
    await choose(
      "Procurement cost vs Policy and social factors",
      "1/3 · Policy and social factors moderately more important",
    );
    await choose(
      "Technical content vs Policy and social factors",
      "3 · Technical content moderately more important",
    );
    const warning = screen.getByText(/^Consistency ratio CR = 1\.149, at or above 0\.10/);
    expect(warning.textContent).toContain("the judgements are inconsistent and should be revised");
    expect(shown(influence)).toEqual(["0.333", "0.333", "0.334"]);
    expect(screen.getByRole("button", { name: "Score customers" }).hasAttribute("disabled")).toBe(false);
  });

  it("writes the changed weights into the Settings sheet and shows the tier distribution", async () => {
    const { host } = setup("en-US");
    await screen.findByText(/^No settings sheet yet/);
    await typeWeight("Financial health score", "0.5");
    fireEvent.click(screen.getByRole("button", { name: "Score customers" }));
    expect(await screen.findByText("Scored 30 customers on 客户财务: 6 A, 9 B, 15 C")).toBeTruthy();
    const values = await settingsValues(host);
    // 0.5 leaves 0.5 for influence and account value, 0.3 : 0.3 → 0.25 each; the influence weights as they were.
    expect([
      values.get("priority.health"),
      values.get("priority.influence"),
      values.get("priority.accountValue"),
    ]).toEqual([0.5, 0.25, 0.25]);
    expect([
      values.get("influence.cost"),
      values.get("influence.technology"),
      values.get("influence.policy"),
    ]).toEqual([0.4, 0.3, 0.3]);
    // 30 customers, top 20 % → 6 A, next 30 % → 9 B, the rest 15 C.
    const list = screen.getByRole("list", { name: "Tier distribution" });
    expect(
      within(list)
        .getAllByRole("listitem")
        .map((item) => item.textContent),
    ).toEqual(["A6 (20%)", "B9 (30%)", "C15 (50%)", "No score0 (0%)"]);
    expect(screen.getByText("Settings: created with these settings")).toBeTruthy();
    expect(screen.getByText("Customer segments: customer segments")).toBeTruthy();
    // A second run writes only what changed since: the tier mode and A's method.
    fireEvent.click(screen.getByRole("radio", { name: "Thresholds" }));
    await choose("Tier A", "Product presentation");
    expect(screen.getByText("Will write 2 changed settings into Settings.")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Score customers" }));
    expect(await screen.findByText("Settings: 2 settings written")).toBeTruthy();
    const after = await settingsValues(host);
    expect([after.get("tiers.mode"), after.get("approach.A"), after.get("priority.health")]).toEqual([
      "Thresholds",
      "Product presentation",
      0.5,
    ]);
  });

  it("lists the settings sheet's bad cells, each selecting its cell", async () => {
    const host = sampleHost();
    const first = setup("en-US", host);
    await screen.findByText(/^No settings sheet yet/);
    fireEvent.click(screen.getByRole("button", { name: "Score customers" }));
    await screen.findByText(/^Scored 30 customers/);
    // The person types a text where a weight belongs (influence.cost is row 9 of the sheet, its value in C).
    await host.apply({ changes: [{ kind: "cells", sheet: "Settings", at: "C9", rows: [["abc"]] }] });
    fireEvent.click(screen.getByRole("button", { name: "Read the settings again" }));
    const link = await screen.findByRole("button", { name: /^Settings!C9 / });
    fireEvent.click(link);
    expect(first.select).toHaveBeenCalledWith("Settings", "C9");
  });

  it("speaks Chinese", async () => {
    setup("zh-CN");
    expect(await screen.findByText("还没有参数设置表：运行时将按这些值新建 参数设置。")).toBeTruthy();
    expect(shown(["采购成本", "技术含量", "政策社会因素"])).toEqual(["0.40", "0.30", "0.30"]);
    expect(screen.getAllByText("合计 = 1.00")).toHaveLength(2);
    fireEvent.click(screen.getByRole("switch", { name: "用两两比较推导（AHP 层次分析法）" }));
    await choose("采购成本 与 技术含量 相比", "3 · 采购成本稍微重要");
    expect(screen.getByText(/^一致性比率 CR = /)).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "计算评分" }));
    expect(
      await screen.findByText("已为“客户财务”中的 30 个客户评分：A 级 6 个，B 级 9 个，C 级 15 个"),
    ).toBeTruthy();
    expect(screen.getByRole("list", { name: "客户等级分布" })).toBeTruthy();
    expect(screen.getByText("参数设置：按这些参数新建")).toBeTruthy();
  });
});

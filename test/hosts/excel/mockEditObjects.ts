/**
 * The objects of a sheet the edit-list mock hands out — ranges with their formats, validation and conditional
 * formats, the page layout, charts — each built by the recorder so that their writes and calls are logged.
 */
import type { OfficeMockObject } from "office-addin-mock";

export interface Recorder {
  node(label: string, spec: Record<string, unknown>): OfficeMockObject;
  method<A extends unknown[], R>(
    label: string,
    name: string,
    result?: (...args: A) => R,
  ): (...args: A) => R | undefined;
  /** Charts created so far: the next is labelled chart<n + 1>. */
  charts: number;
}

export function rangeMock(r: Recorder, sheet: string, address: string): OfficeMockObject {
  const label = `${sheet}!${address}`;
  const validation = `${label}.dataValidation`;
  return r.node(label, {
    address,
    merge: r.method(label, "merge"),
    clear: r.method(label, "clear"),
    format: formatMock(r, label),
    dataValidation: r.node(validation, { clear: r.method(validation, "clear") }),
    conditionalFormats: r.node(`${label}.conditionalFormats`, {
      add: r.method(`${label}.conditionalFormats`, "add", (type: string) => conditionalMock(r, label, type)),
      clearAll: r.method(`${label}.conditionalFormats`, "clearAll"),
    }),
  });
}

export function formatMock(r: Recorder, label: string): OfficeMockObject {
  const f = `${label}.format`;
  return r.node(f, {
    font: r.node(`${f}.font`, {}),
    fill: r.node(`${f}.fill`, {}),
    protection: r.node(`${f}.protection`, {}),
    borders: r.node(`${f}.borders`, {
      getItem: (side: string) => r.node(`${f}.borders.${side}`, {}),
    }),
  });
}

function conditionalMock(r: Recorder, label: string, type: string): OfficeMockObject {
  const c = `${label}.conditionalFormats.${type}`;
  const styled = (kind: string): OfficeMockObject =>
    r.node(`${c}.${kind}`, {
      format: r.node(`${c}.${kind}.format`, {
        font: r.node(`${c}.${kind}.format.font`, {}),
        fill: r.node(`${c}.${kind}.format.fill`, {}),
      }),
      rule: r.node(`${c}.${kind}.rule`, {}),
    });
  return r.node(c, {
    cellValue: styled("cellValue"),
    custom: styled("custom"),
    dataBar: r.node(`${c}.dataBar`, { positiveFormat: r.node(`${c}.dataBar.positiveFormat`, {}) }),
    colorScale: r.node(`${c}.colorScale`, {}),
  });
}

export function pageLayoutMock(r: Recorder, sheet: string): OfficeMockObject {
  const p = `${sheet}.pageLayout`;
  return r.node(p, {
    setPrintTitleRows: r.method(p, "setPrintTitleRows"),
    setPrintArea: r.method(p, "setPrintArea"),
    headersFooters: r.node(`${p}.headersFooters`, {
      defaultForAllPages: r.node(`${p}.headersFooters.defaultForAllPages`, {}),
    }),
  });
}

export function chartMock(r: Recorder, sheet: string): OfficeMockObject {
  r.charts += 1;
  const c = `chart${r.charts}`;
  let seriesCount = 0;
  const series = (name: string): OfficeMockObject => {
    const s = `${c}.series${seriesCount}`;
    seriesCount += 1;
    return r.node(s, {
      name,
      setValues: r.method(s, "setValues"),
      setXAxisValues: r.method(s, "setXAxisValues"),
      format: r.node(`${s}.format`, {
        line: r.node(`${s}.format.line`, {}),
        fill: r.node(`${s}.format.fill`, {
          setSolidColor: r.method(`${s}.format.fill`, "setSolidColor"),
        }),
      }),
    });
  };
  const axis = (name: string): OfficeMockObject =>
    r.node(`${c}.${name}`, { title: r.node(`${c}.${name}.title`, {}) });
  return r.node(c, {
    sheet,
    title: r.node(`${c}.title`, {}),
    series: r.node(`${c}.series`, {
      getItemAt: r.method(`${c}.series`, "getItemAt", () => series("")),
      add: r.method(`${c}.series`, "add", (name: string) => series(name)),
    }),
    axes: r.node(`${c}.axes`, { categoryAxis: axis("categoryAxis"), valueAxis: axis("valueAxis") }),
    legend: r.node(`${c}.legend`, {}),
    setPosition: r.method(c, "setPosition"),
  });
}

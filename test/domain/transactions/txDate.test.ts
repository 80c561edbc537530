import {
  parseTxDate,
  serialMonthIndex,
  serialToYmd,
  ymdToSerial,
} from "../../../src/domain/transactions/txDate";

// Serials worked out by hand from Excel's 1900 system: 2024-01-01 is 45292 (as Excel shows it), 2024 is a leap year,
// so 2024-03-01 = 45292 + 31 + 29 = 45352, 2024-03-05 = 45356, 2024-05-05 = 45352 + 31 + 30 + 4 = 45417.
const march5 = { kind: "date", serial: 45356, month: "2024-03" };

describe("parseTxDate", () => {
  it("accepts every written form of 2024-03-05", () => {
    for (const text of [
      "2024-03-05",
      "2024-3-5",
      "2024/03/05",
      "2024/3/5",
      "2024.03.05",
      "2024年3月5日",
      "2024年03月05日",
      "2024年3月5号",
      "2024年3月5",
      "２０２４－０３－０５",
      "２０２４年３月５日",
      " 2024-03-05 ",
    ]) {
      expect([text, parseTxDate(text)]).toEqual([text, march5]);
    }
  });

  it("reads date serials, numbers or digit texts, dropping the time", () => {
    expect(parseTxDate(45356)).toEqual(march5);
    expect(parseTxDate(45356.99)).toEqual(march5);
    expect(parseTxDate("45356")).toEqual(march5);
    expect(parseTxDate("45356.5")).toEqual(march5);
    expect(parseTxDate("４５３５６")).toEqual(march5);
  });

  it("ignores a trailing time", () => {
    expect(parseTxDate("2024-03-05 14:30")).toEqual(march5);
    expect(parseTxDate("2024/3/5 9:05:59")).toEqual(march5);
    expect(parseTxDate("2024年3月5日 08:00")).toEqual(march5);
    expect(parseTxDate("05/03/2024 23:59")).toEqual({ kind: "ambiguous" });
  });

  it("tells day-first from month-first only when a number is above 12", () => {
    const may13 = { kind: "date", serial: 45425, month: "2024-05" };
    expect(parseTxDate("13/05/2024")).toEqual(may13);
    expect(parseTxDate("05/13/2024")).toEqual(may13);
    expect(parseTxDate("13-5-2024")).toEqual(may13);
    expect(parseTxDate("5.13.2024")).toEqual(may13);
    expect(parseTxDate("05/05/2024")).toEqual({ kind: "date", serial: 45417, month: "2024-05" });
    expect(parseTxDate("03/05/2024")).toEqual({ kind: "ambiguous" });
    expect(parseTxDate("5/3/2024")).toEqual({ kind: "ambiguous" });
  });

  it("rejects days that do not exist and text that is no date", () => {
    for (const raw of [
      "2024-02-30",
      "2023-02-29",
      "2024-13-01",
      "2024-00-10",
      "13/13/2024",
      "31/04/2024",
      "1899-12-31",
      "1900-02-29",
      "2024-03/05",
      "2024-03-05T10:00",
      "24-03-05",
      "March 5, 2024",
      "#N/A",
      "0",
      "2958466",
    ]) {
      expect([raw, parseTxDate(raw)]).toEqual([raw, { kind: "bad" }]);
    }
    expect(parseTxDate(true)).toEqual({ kind: "bad" });
    expect(parseTxDate(-1)).toEqual({ kind: "bad" });
    expect(parseTxDate(0.5)).toEqual({ kind: "bad" });
  });

  it("keeps Excel's serial range and its fictitious 1900-02-29", () => {
    expect(parseTxDate(1)).toEqual({ kind: "date", serial: 1, month: "1900-01" });
    expect(parseTxDate(59)).toEqual({ kind: "date", serial: 59, month: "1900-02" });
    expect(parseTxDate(60)).toEqual({ kind: "bad" });
    expect(parseTxDate(61)).toEqual({ kind: "date", serial: 61, month: "1900-03" });
    expect(parseTxDate(2958465)).toEqual({ kind: "date", serial: 2958465, month: "9999-12" });
    expect(parseTxDate(2958465.5)).toEqual({ kind: "date", serial: 2958465, month: "9999-12" });
    expect(parseTxDate(2958466)).toEqual({ kind: "bad" });
    expect(parseTxDate("1900-03-01")).toEqual({ kind: "date", serial: 61, month: "1900-03" });
    expect(parseTxDate("1900-1-1")).toEqual({ kind: "date", serial: 1, month: "1900-01" });
  });

  it("calls empty cells blank", () => {
    expect(parseTxDate(null)).toEqual({ kind: "blank" });
    expect(parseTxDate(" ")).toEqual({ kind: "blank" });
  });
});

describe("serial helpers", () => {
  it("convert both ways around the 1900-02-29 gap (Excel: 59 = 1900-02-28, 61 = 1900-03-01)", () => {
    expect(ymdToSerial(1900, 1, 1)).toBe(1);
    expect(ymdToSerial(1900, 2, 28)).toBe(59);
    expect(ymdToSerial(1900, 3, 1)).toBe(61);
    expect(ymdToSerial(1970, 1, 1)).toBe(25569);
    expect(ymdToSerial(9999, 12, 31)).toBe(2958465);
    expect(serialToYmd(59)).toEqual({ year: 1900, month: 2, day: 28 });
    expect(serialToYmd(60)).toBeNull();
    expect(serialToYmd(61)).toEqual({ year: 1900, month: 3, day: 1 });
    expect(serialToYmd(45291)).toEqual({ year: 2023, month: 12, day: 31 });
  });

  it("give month indices from 1900-01 on", () => {
    expect([1, 31, 32, 59, 61, 45291, 45292].map(serialMonthIndex)).toEqual([
      22800, 22800, 22801, 22801, 22802, 24287, 24288,
    ]);
  });

  it("agree with JavaScript's own calendar from 1900-03-01 to 9999 (serial s is 1899-12-30 + s days)", () => {
    const dayMs = 86400000;
    for (let serial = 61; serial <= 2958465; serial += 37) {
      const day = new Date(Date.UTC(1899, 11, 30) + serial * dayMs);
      const ymd = { year: day.getUTCFullYear(), month: day.getUTCMonth() + 1, day: day.getUTCDate() };
      const back = ymdToSerial(ymd.year, ymd.month, ymd.day);
      const month = ymd.year * 12 + ymd.month - 1;
      if (back !== serial || JSON.stringify(serialToYmd(serial)) !== JSON.stringify(ymd))
        throw new Error(`${serial}`);
      if (serialMonthIndex(serial) !== month) throw new Error(`month of ${serial}`);
    }
  });
});

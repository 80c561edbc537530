import fs from "fs";
import path from "path";
import { SaxesParser } from "saxes";

/** A parsed XML element: qualified name, attributes, text and children. */
interface XmlNode {
  readonly name: string;
  readonly attributes: Record<string, string>;
  text: string;
  readonly children: XmlNode[];
}

function parseXml(xml: string): XmlNode {
  const parser = new SaxesParser({ xmlns: false });
  const root: XmlNode = { name: "#document", attributes: {}, text: "", children: [] };
  const stack: XmlNode[] = [root];
  parser.on("opentag", (tag) => {
    const node: XmlNode = {
      name: tag.name,
      attributes: { ...(tag.attributes as Record<string, string>) },
      text: "",
      children: [],
    };
    stack[stack.length - 1]?.children.push(node);
    stack.push(node);
  });
  parser.on("text", (text) => {
    const top = stack[stack.length - 1];
    if (top) top.text += text;
  });
  parser.on("closetag", () => void stack.pop());
  parser.write(xml).close();
  return root;
}

function all(node: XmlNode, name?: string): XmlNode[] {
  const here = name === undefined || node.name === name ? [node] : [];
  return [...here, ...node.children.flatMap((child) => all(child, name))];
}

function one(node: XmlNode, name: string): XmlNode {
  const found = all(node, name);
  if (found.length !== 1) throw new Error(`expected one <${name}>, found ${found.length}`);
  return found[0] as XmlNode;
}

/** The single direct child of that name (top-level elements also occur inside VersionOverrides). */
function child(node: XmlNode, name: string): XmlNode {
  const found = node.children.filter((c) => c.name === name);
  if (found.length !== 1) throw new Error(`expected one <${name}> in <${node.name}>, found ${found.length}`);
  return found[0] as XmlNode;
}

/** Width and height from a PNG's IHDR chunk (bytes 16–23, big-endian), after checking the signature. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = fs.readFileSync(file);
  expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(bytes.subarray(12, 16).toString("ascii")).toBe("IHDR");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

const root = path.resolve(__dirname, "../..");
const doc = parseXml(fs.readFileSync(path.join(root, "manifest.xml"), "utf8"));
const app = one(doc, "OfficeApp");
const devOrigin = "https://localhost:3000/";

describe("manifest.xml", () => {
  it("is a TaskPaneApp for Excel workbooks with a GUID id and a four-part version", () => {
    expect(app.attributes["xsi:type"]).toBe("TaskPaneApp");
    expect(child(app, "Id").text).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
    expect(child(app, "Version").text).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(child(app, "Hosts").children.map((h) => h.attributes.Name)).toEqual(["Workbook"]);
    expect(child(app, "ProviderName").text.trim()).not.toBe("");
  });

  it("asks for ExcelApi 1.9 and ReadWriteDocument", () => {
    const sets = all(child(app, "Requirements"), "Set").map((s) => [
      s.attributes.Name,
      s.attributes.MinVersion,
    ]);
    expect(sets).toEqual([["ExcelApi", "1.9"]]);
    expect(child(app, "Permissions").text).toBe("ReadWriteDocument");
  });

  it("has zh-CN overrides for the display name and the description", () => {
    const displayName = child(app, "DisplayName");
    expect(displayName.attributes.DefaultValue).toBe("Key Account Workbench");
    expect(all(displayName, "Override").map((o) => [o.attributes.Locale, o.attributes.Value])).toEqual([
      ["zh-CN", "大客户开发工作台"],
    ]);
    const description = child(app, "Description");
    expect(all(description, "Override").map((o) => o.attributes.Locale)).toEqual(["zh-CN"]);
  });

  it("has a zh-CN override for every ribbon string", () => {
    const strings = [...all(app, "bt:ShortStrings"), ...all(app, "bt:LongStrings")].flatMap((s) =>
      all(s, "bt:String"),
    );
    expect(strings.length).toBeGreaterThanOrEqual(4);
    for (const s of strings) expect(all(s, "bt:Override").map((o) => o.attributes.Locale)).toEqual(["zh-CN"]);
  });

  it("uses https for every URL, all on the dev origin the build replaces", () => {
    const urls = all(app)
      .flatMap((node) => [...Object.values(node.attributes), node.text.trim()])
      .filter(
        (value) =>
          /^[a-z]+:\/\//i.test(value) &&
          !value.startsWith("http://schemas.") &&
          !value.startsWith("http://www.w3.org/"),
      );
    expect(urls.length).toBeGreaterThanOrEqual(10);
    for (const url of urls) expect(url.startsWith(devOrigin)).toBe(true);
  });

  it("puts a ShowTaskpane button on the Home tab and names a function file", () => {
    const tab = one(app, "OfficeTab");
    expect(tab.attributes.id).toBe("TabHome");
    expect(one(tab, "Action").attributes["xsi:type"]).toBe("ShowTaskpane");
    const urlIds = Object.fromEntries(
      all(app, "bt:Url").map((u) => [u.attributes.id, u.attributes.DefaultValue]),
    );
    expect(urlIds[one(app, "FunctionFile").attributes.resid ?? ""]).toBe(`${devOrigin}commands.html`);
    expect(urlIds[one(tab, "SourceLocation").attributes.resid ?? ""]).toBe(`${devOrigin}taskpane.html`);
    expect(child(app, "DefaultSettings").children[0]?.attributes.DefaultValue).toBe(
      `${devOrigin}taskpane.html`,
    );
  });

  it("declares icons that exist in assets/ at exactly their pixel sizes", () => {
    const declared: [string, number][] = [
      [child(app, "IconUrl").attributes.DefaultValue ?? "", 32],
      [child(app, "HighResolutionIconUrl").attributes.DefaultValue ?? "", 64],
    ];
    const images = Object.fromEntries(
      all(one(app, "bt:Images"), "bt:Image").map((i) => [i.attributes.id, i.attributes.DefaultValue]),
    );
    for (const use of all(one(app, "VersionOverrides"), "bt:Image").filter(
      (i) => i.attributes.size !== undefined,
    )) {
      declared.push([images[use.attributes.resid ?? ""] ?? "", Number(use.attributes.size)]);
    }
    expect(new Set(declared.map(([, size]) => size))).toEqual(new Set([16, 20, 32, 64, 80]));
    for (const [url, size] of declared) {
      expect(url.startsWith(`${devOrigin}assets/`)).toBe(true);
      const file = path.join(root, "assets", url.slice(`${devOrigin}assets/`.length));
      expect(fs.existsSync(file)).toBe(true);
      expect(pngSize(file)).toEqual({ width: size, height: size });
    }
  });
});

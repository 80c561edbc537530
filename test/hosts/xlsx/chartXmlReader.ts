/** An independent read of DrawingML chart XML for the tests (saxes into a small element tree). */
import { SaxesParser } from "saxes";

export interface XmlNode {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: XmlNode[];
  text: string;
}

/** Parse XML into a tree (namespace prefixes kept as written); throws on XML that is not well formed. */
export function parseXml(xml: string): XmlNode {
  const parser = new SaxesParser({ xmlns: true });
  const root: XmlNode = { name: "#root", attributes: {}, children: [], text: "" };
  const stack: XmlNode[] = [root];
  parser.on("opentag", (tag) => {
    const attributes: Record<string, string> = {};
    for (const [name, value] of Object.entries(tag.attributes)) attributes[name] = value.value;
    const node: XmlNode = { name: tag.name, attributes, children: [], text: "" };
    stack[stack.length - 1]?.children.push(node);
    stack.push(node);
  });
  parser.on("text", (text) => {
    const top = stack[stack.length - 1];
    if (top) top.text += text;
  });
  parser.on("closetag", () => void stack.pop());
  parser.write(xml).close();
  const first = root.children[0];
  if (!first) throw new Error("no root element");
  return first;
}

/** Every descendant named `name` (depth first). */
export function all(node: XmlNode, name: string): XmlNode[] {
  return node.children.flatMap((child) => [...(child.name === name ? [child] : []), ...all(child, name)]);
}

export function one(node: XmlNode, name: string): XmlNode {
  const found = all(node, name)[0];
  if (!found) throw new Error(`no <${name}> in <${node.name}>`);
  return found;
}

/** A chart series as a reader sees it: name, refs, caches and line dash. */
export function seriesOf(ser: XmlNode): {
  name: string;
  categoriesRef: string;
  categories: string[];
  valuesRef: string;
  values: number[];
  dash: string | undefined;
} {
  const cat = one(ser, "c:cat");
  const val = one(ser, "c:val");
  const pts = (node: XmlNode): string[] => all(node, "c:pt").map((pt) => one(pt, "c:v").text);
  return {
    name: one(one(ser, "c:tx"), "c:v").text,
    categoriesRef: one(cat, "c:f").text,
    categories: pts(one(cat, "c:strCache")),
    valuesRef: one(val, "c:f").text,
    values: pts(one(val, "c:numCache")).map(Number),
    dash: all(ser, "a:prstDash")[0]?.attributes.val,
  };
}

/** Text of a title element (its runs joined). */
export function titleText(title: XmlNode): string {
  return all(title, "a:t")
    .map((t) => t.text)
    .join("");
}

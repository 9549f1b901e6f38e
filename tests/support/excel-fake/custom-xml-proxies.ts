/** Custom XML parts (ExcelApi 1.5): where the add-in keeps its own state in the workbook. */
import { ClientObject, ClientResult, jsonSize, notLoaded, OfficeError } from "./client-object";
import type { FakeContext } from "./context";
import type { FakeWorkbook } from "./model";

function namespaceOf(xml: string): string {
  return /<(?:[A-Za-z_][\w.-]*:)?[A-Za-z_][\w.-]*\s[^>]*\bxmlns="([^"]*)"/.exec(xml)?.[1] ?? "";
}

export class CustomXmlPartCollectionProxy extends ClientObject<FakeWorkbook> {
  constructor(context: FakeContext) {
    super(context);
    this.setTarget(context.host.model);
  }
  add(xml: string): CustomXmlPartProxy {
    return new CustomXmlPartProxy(this.context).resolveWith(jsonSize(xml), () => {
      if (!/^\s*(<\?xml[^>]*\?>\s*)?<[A-Za-z_]/.test(xml)) throw new OfficeError("InvalidArgument", "Not XML.");
      const part = { id: this.context.host.model.newId("part"), xml };
      this.context.host.model.parts.push(part);
      return part;
    });
  }
  getByNamespace(ns: string): CustomXmlPartScopedProxy {
    return new CustomXmlPartScopedProxy(this.context, ns);
  }
  getItem(id: string): CustomXmlPartProxy {
    return new CustomXmlPartProxy(this.context).resolveWith(jsonSize(id), () => {
      const part = this.context.host.model.parts.find((p) => p.id === id);
      if (!part) throw new OfficeError("ItemNotFound", `No custom XML part ${id}.`);
      return part;
    });
  }
  getItemOrNullObject(id: string): CustomXmlPartProxy {
    return new CustomXmlPartProxy(this.context).resolveWith(jsonSize(id), () => this.context.host.model.parts.find((p) => p.id === id) ?? null);
  }
  protected read(): unknown {
    return undefined;
  }
}

class CustomXmlPartScopedProxy extends ClientObject<FakeWorkbook> {
  private itemList: CustomXmlPartProxy[] | undefined;
  constructor(
    context: FakeContext,
    private readonly ns: string,
  ) {
    super(context);
    this.setTarget(context.host.model);
  }
  private parts(): { id: string; xml: string }[] {
    return this.context.host.model.parts.filter((p) => namespaceOf(p.xml) === this.ns);
  }
  get items(): CustomXmlPartProxy[] {
    if (!this.itemList) throw notLoaded("items");
    return this.itemList;
  }
  override load(): this {
    this.context.queue(30, () => {
      this.itemList = this.parts().map((part) => {
        const proxy = new CustomXmlPartProxy(this.context);
        proxy.adopt(part);
        return proxy;
      });
      this.context.responseBytes += jsonSize(this.itemList.map((p) => p.toJSON()));
    });
    return this;
  }
  getOnlyItem(): CustomXmlPartProxy {
    return new CustomXmlPartProxy(this.context).resolveWith(30, () => {
      const parts = this.parts();
      if (parts.length !== 1) throw new OfficeError(parts.length === 0 ? "ItemNotFound" : "InvalidOperation", `The collection has ${parts.length} items.`);
      return parts[0] as { id: string; xml: string };
    });
  }
  getOnlyItemOrNullObject(): CustomXmlPartProxy {
    return new CustomXmlPartProxy(this.context).resolveWith(30, () => {
      const parts = this.parts();
      return parts.length === 1 ? (parts[0] as { id: string; xml: string }) : null;
    });
  }
  protected read(): unknown {
    return undefined;
  }
}

class CustomXmlPartProxy extends ClientObject<{ id: string; xml: string }> {
  adopt(part: { id: string; xml: string }): void {
    this.setTarget(part);
    this.loaded.id = part.id;
    this.loaded.namespaceUri = namespaceOf(part.xml);
  }
  get id(): string {
    return this.prop("id");
  }
  get namespaceUri(): string {
    return this.prop("namespaceUri");
  }
  getXml(): ClientResult<string> {
    const result = new ClientResult<string>();
    this.context.queue(10, () => {
      const xml = this.target("custom XML part").xml;
      result.set(xml);
      this.context.responseBytes += jsonSize(xml);
    });
    return result;
  }
  setXml(xml: string): void {
    this.context.queue(jsonSize(xml), () => {
      this.target("custom XML part").xml = xml;
    });
  }
  delete(): void {
    this.context.queue(10, () => {
      const part = this.target("custom XML part");
      const parts = this.context.host.model.parts;
      parts.splice(parts.indexOf(part), 1);
    });
  }
  protected read(name: string, part: { id: string; xml: string }): unknown {
    if (name === "id") return part.id;
    if (name === "namespaceUri") return namespaceOf(part.xml);
    return undefined;
  }
}


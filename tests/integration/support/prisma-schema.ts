/**
 * Reads the subset of the Prisma Schema Language that prisma/schema.prisma uses and derives the
 * PostgreSQL database `prisma migrate` would create from it. Our migrations are hand-written SQL
 * (the schema engine cannot be downloaded here), so the drift test compares that expectation with
 * the migrated database instead of trusting `prisma migrate diff`.
 *
 * Deliberately strict: anything the parser does not understand throws, so a new Prisma feature in
 * the schema makes the drift test fail loudly instead of being silently ignored.
 */

// ── Parsed schema ────────────────────────────────────────────────────────────────────────────

export interface Attribute {
  /** without the @ / @@: "id", "default", "db.Decimal", "relation", "index", … */
  name: string;
  positional: string[];
  named: Record<string, string>;
}

export interface Field {
  name: string;
  /** "String", a model or enum name, or `Unsupported("tsvector")` */
  type: string;
  optional: boolean;
  list: boolean;
  attributes: Attribute[];
}

export interface Model {
  name: string;
  fields: Field[];
  blockAttributes: Attribute[];
}

export interface Enum {
  name: string;
  values: { name: string; attributes: Attribute[] }[];
  blockAttributes: Attribute[];
}

export interface PrismaSchema {
  models: Model[];
  enums: Enum[];
}

// ── Expected / actual database (same shape, so one comparison serves both) ──────────────────

export type ReferentialAction = "Cascade" | "Restrict" | "NoAction" | "SetNull" | "SetDefault";

export interface ColumnShape {
  /** as format_type() prints it, unquoted: "text", "timestamp(3) without time zone", "EventType[]" */
  type: string;
  nullable: boolean;
  hasDefault: boolean;
}

export interface IndexShape {
  /** column names, with " DESC" appended for descending ones */
  columns: string[];
  unique: boolean;
  method: string;
}

export interface ForeignKeyShape {
  columns: string[];
  referencedTable: string;
  referencedColumns: string[];
  onDelete: ReferentialAction;
  onUpdate: ReferentialAction;
}

export interface TableShape {
  columns: Record<string, ColumnShape>;
  primaryKey: { name: string; columns: string[] } | null;
  /** every index except the primary key's; Prisma makes @unique / @@unique unique indexes */
  indexes: Record<string, IndexShape>;
  foreignKeys: Record<string, ForeignKeyShape>;
}

export interface DatabaseShape {
  tables: Record<string, TableShape>;
  enums: Record<string, string[]>;
}

// ── Parsing ─────────────────────────────────────────────────────────────────────────────────

/** Removes `// …` comments (also `///` doc comments) but not `//` inside string literals. */
function stripComment(line: string): string {
  let inString = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === "\\" && inString) i++;
    else if (c === '"') inString = !inString;
    else if (!inString && c === "/" && line[i + 1] === "/") return line.slice(0, i);
  }
  return line;
}

/** Splits on `separator` at nesting depth 0, ignoring separators inside strings, () and []. */
function splitTopLevel(text: string, separator: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let inString = false;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === "\\") i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === "(" || c === "[") depth++;
    else if (c === ")" || c === "]") depth--;
    else if (c === separator && depth === 0) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts.map((p) => p.trim()).filter((p) => p !== "");
}

/** Index just past the `)` that closes the `(` at `open`. */
function closingParen(text: string, open: number): number {
  let depth = 0;
  let inString = false;
  for (let i = open; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === "\\") i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === "(") depth++;
    else if (c === ")" && --depth === 0) return i + 1;
  }
  throw new Error(`unbalanced parentheses in: ${text}`);
}

function parseArguments(text: string): Pick<Attribute, "positional" | "named"> {
  const positional: string[] = [];
  const named: Record<string, string> = {};
  for (const arg of splitTopLevel(text, ",")) {
    const match = /^(\w+)\s*:\s*([\s\S]*)$/.exec(arg);
    if (match) named[match[1]!] = match[2]!;
    else positional.push(arg);
  }
  return { positional, named };
}

/** Parses `@id @default(now()) @map("x")` (or `@@index([a], type: Gin)`) into attributes. */
export function parseAttributes(text: string): Attribute[] {
  const attributes: Attribute[] = [];
  let rest = text.trim();
  while (rest !== "") {
    const match = /^@@?([\w.]+)/.exec(rest);
    if (!match) throw new Error(`cannot parse attribute at: ${rest}`);
    let end = match[0].length;
    let args: Pick<Attribute, "positional" | "named"> = { positional: [], named: {} };
    if (rest[end] === "(") {
      const close = closingParen(rest, end);
      args = parseArguments(rest.slice(end + 1, close - 1));
      end = close;
    }
    attributes.push({ name: match[1]!, ...args });
    rest = rest.slice(end).trim();
  }
  return attributes;
}

/** `"abc"` → abc */
export function unquote(value: string): string {
  const match = /^"((?:[^"\\]|\\.)*)"$/.exec(value.trim());
  if (!match) throw new Error(`expected a string literal, got: ${value}`);
  return match[1]!.replace(/\\(.)/g, "$1");
}

/** `[a, b(sort: Desc)]` → [{ name: "a" }, { name: "b", sort: "Desc" }] */
export function parseFieldList(value: string): { name: string; sort?: string }[] {
  const inner = /^\[([\s\S]*)\]$/.exec(value.trim());
  if (!inner) throw new Error(`expected a list like [a, b], got: ${value}`);
  return splitTopLevel(inner[1]!, ",").map((item) => {
    const match = /^(\w+)(?:\(([\s\S]*)\))?$/.exec(item);
    if (!match) throw new Error(`cannot parse list item: ${item}`);
    const options = match[2] ? parseArguments(match[2]).named : {};
    // `ops` (an operator class, e.g. gin_trgm_ops) is accepted but not compared: the catalog read
    // below compares columns, uniqueness and method, not operator classes.
    const unknown = Object.keys(options).filter((k) => k !== "sort" && k !== "ops");
    if (unknown.length > 0) {
      throw new Error(`unsupported index field options ${unknown.join(", ")} in ${item}`);
    }
    return options.sort ? { name: match[1]!, sort: options.sort } : { name: match[1]! };
  });
}

const FIELD_LINE = /^(\w+)\s+(Unsupported\("[^"]*"\)|\w+)(\[\])?(\?)?\s*(.*)$/;

const FIELD_ATTRIBUTES = new Set(["id", "default", "map", "unique", "updatedAt", "relation"]);

export function parsePrismaSchema(text: string): PrismaSchema {
  const schema: PrismaSchema = { models: [], enums: [] };
  let kind: string | null = null;
  let model: Model | undefined;
  let enumBlock: Enum | undefined;

  for (const [index, raw] of text.split(/\r?\n/).entries()) {
    const line = stripComment(raw).trim();
    const where = `schema line ${index + 1}`;
    if (line === "") continue;
    if (kind === null) {
      const open = /^(model|enum|generator|datasource)\s+(\w+)\s*\{$/.exec(line);
      if (!open) throw new Error(`${where}: expected a block, got: ${line}`);
      kind = open[1]!;
      model = kind === "model" ? { name: open[2]!, fields: [], blockAttributes: [] } : undefined;
      enumBlock = kind === "enum" ? { name: open[2]!, values: [], blockAttributes: [] } : undefined;
      if (model) schema.models.push(model);
      if (enumBlock) schema.enums.push(enumBlock);
    } else if (line === "}") {
      kind = null;
    } else if (line.startsWith("@@")) {
      (model ?? enumBlock)?.blockAttributes.push(...parseAttributes(line));
    } else if (enumBlock) {
      const value = /^(\w+)\s*(.*)$/.exec(line);
      if (!value) throw new Error(`${where}: cannot parse enum value: ${line}`);
      enumBlock.values.push({ name: value[1]!, attributes: parseAttributes(value[2]!) });
    } else if (model) {
      const match = FIELD_LINE.exec(line);
      if (!match) throw new Error(`${where}: cannot parse field: ${line}`);
      const field: Field = {
        name: match[1]!,
        type: match[2]!,
        list: match[3] !== undefined,
        optional: match[4] !== undefined,
        attributes: parseAttributes(match[5]!),
      };
      const unknown = field.attributes.find(
        (a) => !FIELD_ATTRIBUTES.has(a.name) && !a.name.startsWith("db."),
      );
      if (unknown) throw new Error(`${where}: @${unknown.name} is not supported by the drift check yet`);
      model.fields.push(field);
    }
    // Lines of generator and datasource blocks do not shape the database, so they are skipped.
  }
  if (kind !== null) throw new Error("schema ends inside a block");
  return schema;
}

// ── Deriving the expected database ──────────────────────────────────────────────────────────

const SCALAR_TYPES: Record<string, string> = {
  String: "text",
  Int: "integer",
  BigInt: "bigint",
  Float: "double precision",
  Boolean: "boolean",
  DateTime: "timestamp(3) without time zone",
  Decimal: "numeric(65,30)",
  Json: "jsonb",
  Bytes: "bytea",
};

/** The @db.* native types we use, as format_type() prints them. */
function nativeType(attribute: Attribute): string {
  const args = attribute.positional.map((a) => a.trim());
  switch (attribute.name) {
    case "db.Date":
      return "date";
    case "db.Text":
      return "text";
    case "db.Decimal":
      return `numeric(${args.join(",")})`;
    case "db.VarChar":
      return args.length > 0 ? `character varying(${args[0]})` : "character varying";
    case "db.Timestamptz":
      return `timestamp(${args[0] ?? "3"}) with time zone`;
    case "db.Uuid":
      return "uuid";
    default:
      throw new Error(`native type @${attribute.name} is not supported by the drift check yet`);
  }
}

const POSTGRES_MAX_IDENTIFIER = 63;

/** Prisma's default constraint names ("{table}_{cols}_{suffix}"), truncated but keeping the suffix. */
function defaultName(table: string, columns: string[], suffix: string): string {
  const body = [table, ...columns].join("_");
  return body.slice(0, POSTGRES_MAX_IDENTIFIER - suffix.length - 1) + "_" + suffix;
}

function find(attributes: Attribute[], name: string): Attribute | undefined {
  return attributes.find((a) => a.name === name);
}

function mappedName(name: string, attributes: Attribute[], mapAttribute: string): string {
  const map = find(attributes, mapAttribute);
  return map ? unquote(map.positional[0] ?? map.named.name ?? "") : name;
}

function explicitName(attribute: Attribute): string | undefined {
  return attribute.named.map === undefined ? undefined : unquote(attribute.named.map);
}

export function tableName(model: Model): string {
  return mappedName(model.name, model.blockAttributes, "map");
}

export function expectedDatabase(schema: PrismaSchema): DatabaseShape {
  const modelsByName = new Map(schema.models.map((m) => [m.name, m]));
  const enumNames = new Map(schema.enums.map((e) => [e.name, mappedName(e.name, e.blockAttributes, "map")]));
  const isRelation = (f: Field) => modelsByName.has(f.type) || find(f.attributes, "relation") !== undefined;
  const columnOf = (model: Model, fieldName: string): string => {
    const field = model.fields.find((f) => f.name === fieldName && !isRelation(f));
    if (!field) throw new Error(`model ${model.name} has no scalar field ${fieldName}`);
    return mappedName(field.name, field.attributes, "map");
  };

  const database: DatabaseShape = { tables: {}, enums: {} };
  for (const e of schema.enums) {
    database.enums[enumNames.get(e.name)!] = e.values.map((v) => mappedName(v.name, v.attributes, "map"));
  }

  for (const model of schema.models) {
    const table = tableName(model);
    const shape: TableShape = { columns: {}, primaryKey: null, indexes: {}, foreignKeys: {} };
    database.tables[table] = shape;
    const indexColumns = (list: string) =>
      parseFieldList(list).map((f) => columnOf(model, f.name) + (f.sort === "Desc" ? " DESC" : ""));
    const addIndex = (attribute: Attribute, list: string, unique: boolean) => {
      const columns = indexColumns(list);
      const bare = columns.map((c) => c.replace(/ DESC$/, ""));
      const name = explicitName(attribute) ?? defaultName(table, bare, unique ? "key" : "idx");
      const method = attribute.named.type ? attribute.named.type.toLowerCase() : "btree";
      shape.indexes[name] = { columns, unique, method };
    };

    for (const field of model.fields) {
      if (isRelation(field)) {
        const relation = find(field.attributes, "relation");
        // Only the side holding `fields:` has the foreign key; the back-relation has no column.
        if (!relation?.named.fields) continue;
        const target = modelsByName.get(field.type);
        if (!target) throw new Error(`${model.name}.${field.name}: unknown model ${field.type}`);
        const columns = parseFieldList(relation.named.fields).map((f) => columnOf(model, f.name));
        const references = relation.named.references ?? "";
        shape.foreignKeys[explicitName(relation) ?? defaultName(table, columns, "fkey")] = {
          columns,
          referencedTable: tableName(target),
          referencedColumns: parseFieldList(references).map((f) => columnOf(target, f.name)),
          // Prisma's defaults: an optional relation nulls out, a required one blocks the delete.
          onDelete: (relation.named.onDelete ??
            (field.optional ? "SetNull" : "Restrict")) as ReferentialAction,
          onUpdate: (relation.named.onUpdate ?? "Cascade") as ReferentialAction,
        };
        continue;
      }

      const column = mappedName(field.name, field.attributes, "map");
      const unsupported = /^Unsupported\("([^"]*)"\)$/.exec(field.type);
      const native = field.attributes.find((a) => a.name.startsWith("db."));
      const base = unsupported
        ? unsupported[1]!
        : native
          ? nativeType(native)
          : (SCALAR_TYPES[field.type] ?? enumNames.get(field.type));
      if (!base) throw new Error(`${model.name}.${field.name}: unknown type ${field.type}`);
      shape.columns[column] = {
        type: field.list ? `${base}[]` : base,
        // Prisma never writes NOT NULL on list columns.
        nullable: field.optional || field.list,
        hasDefault: find(field.attributes, "default") !== undefined,
      };

      const id = find(field.attributes, "id");
      if (id) shape.primaryKey = { name: explicitName(id) ?? `${table}_pkey`, columns: [column] };
      const unique = find(field.attributes, "unique");
      if (unique)
        addIndex(unique, `[${field.name}${unique.named.sort ? `(sort: ${unique.named.sort})` : ""}]`, true);
    }

    for (const attribute of model.blockAttributes) {
      const list = attribute.positional[0] ?? attribute.named.fields ?? "";
      if (attribute.name === "map") continue;
      else if (attribute.name === "index") addIndex(attribute, list, false);
      else if (attribute.name === "unique") addIndex(attribute, list, true);
      else if (attribute.name === "id") {
        shape.primaryKey = { name: explicitName(attribute) ?? `${table}_pkey`, columns: indexColumns(list) };
      } else throw new Error(`${model.name}: @@${attribute.name} is not supported by the drift check yet`);
    }
  }
  return database;
}

// ── Comparison ──────────────────────────────────────────────────────────────────────────────

const show = (value: unknown) => JSON.stringify(value);

/** Names present on only one side, then `compareItem` for the names on both. */
function compareKeyed<T>(
  kind: string,
  expected: Record<string, T>,
  actual: Record<string, T>,
  compareItem: (name: string, expected: T, actual: T) => string[],
): string[] {
  const differences: string[] = [];
  for (const name of Object.keys(expected).sort()) {
    const actualItem = actual[name];
    if (actualItem === undefined)
      differences.push(`${kind} ${name} is in schema.prisma but missing from the database`);
    else differences.push(...compareItem(name, expected[name]!, actualItem));
  }
  for (const name of Object.keys(actual).sort()) {
    if (!(name in expected)) differences.push(`${kind} ${name} is in the database but not in schema.prisma`);
  }
  return differences;
}

/** Properties of `expected` that `actual` does not match, each naming what differs. */
function compareProperties(label: string, expected: object, actual: object): string[] {
  const a = actual as Record<string, unknown>;
  return Object.entries(expected)
    .filter(([key, value]) => show(value) !== show(a[key]))
    .map(
      ([key, value]) =>
        `${label}: ${key} is ${show(a[key])} in the database, schema.prisma expects ${show(value)}`,
    );
}

/** Every difference between the database schema.prisma describes and the real one; [] if none. */
export function compareSchema(expected: DatabaseShape, actual: DatabaseShape): string[] {
  return [
    ...compareKeyed("enum", expected.enums, actual.enums, (name, e, a) =>
      compareProperties(`enum ${name}`, { values: e }, { values: a }),
    ),
    ...compareKeyed("table", expected.tables, actual.tables, (table, e, a) => [
      ...compareProperties(`table ${table}`, { primaryKey: e.primaryKey }, { primaryKey: a.primaryKey }),
      ...compareKeyed("column", prefix(table, e.columns), prefix(table, a.columns), (name, ec, ac) =>
        compareProperties(`column ${name}`, ec, ac),
      ),
      ...compareKeyed(`index on ${table}:`, e.indexes, a.indexes, (name, ei, ai) =>
        compareProperties(`index ${name}`, ei, ai),
      ),
      ...compareKeyed(`foreign key on ${table}:`, e.foreignKeys, a.foreignKeys, (name, ef, af) =>
        compareProperties(`foreign key ${name}`, ef, af),
      ),
    ]),
  ];
}

/** Keys columns as "table.column" so every message names both. */
function prefix<T>(table: string, record: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(record).map(([k, v]) => [`${table}.${k}`, v]));
}

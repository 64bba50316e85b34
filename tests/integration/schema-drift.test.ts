import { readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { beforeAll, describe, expect, it } from "vitest";
import { connectTestDatabase } from "./support/database";
import {
  compareSchema,
  expectedDatabase,
  parsePrismaSchema,
  type DatabaseShape,
  type ReferentialAction,
  type TableShape,
} from "./support/prisma-schema";

/**
 * The migrations are hand-written SQL, so nothing but this test keeps them equal to
 * schema.prisma (which the Prisma client is generated from). It derives the database Prisma would
 * create from the schema and compares it with the catalog of the migrated test database.
 */

// Not a React hook despite its name (tests/integration/support/database.ts).
const databaseUrl = connectTestDatabase();
const SCHEMA_TEXT = readFileSync(path.resolve(import.meta.dirname, "../../prisma/schema.prisma"), "utf8");

const ON_ACTION: Record<string, ReferentialAction> = {
  a: "NoAction",
  r: "Restrict",
  c: "Cascade",
  n: "SetNull",
  d: "SetDefault",
};

/** Reads tables (minus Prisma's own bookkeeping), columns, keys, indexes and enums of current_schema(). */
async function readDatabaseSchema(connectionString: string): Promise<DatabaseShape> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    const tables = await client.query<{ table: string }>(`
      SELECT c.relname AS table FROM pg_class c
      WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind IN ('r', 'p')
        AND c.relname <> '_prisma_migrations'`);
    const columns = await client.query<{
      table: string;
      column: string;
      type: string;
      nullable: boolean;
      has_default: boolean;
    }>(`
      SELECT c.relname AS table, a.attname AS column, format_type(a.atttypid, a.atttypmod) AS type,
             NOT a.attnotnull AS nullable,
             -- a generated column keeps its expression in pg_attrdef too, but it is no default
             (a.atthasdef AND a.attgenerated = '') AS has_default
      FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
      WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind IN ('r', 'p')
        AND a.attnum > 0 AND NOT a.attisdropped`);
    const indexes = await client.query<{
      table: string;
      name: string;
      unique: boolean;
      primary: boolean;
      method: string;
      columns: string[];
    }>(`
      SELECT t.relname AS table, i.relname AS name, x.indisunique AS unique, x.indisprimary AS primary,
             am.amname AS method,
             ARRAY(SELECT coalesce(a.attname::text, pg_get_indexdef(x.indexrelid, k.ord::int, true))
                          || CASE WHEN x.indoption[k.ord::int - 1] & 1 = 1 THEN ' DESC' ELSE '' END
                   FROM unnest(x.indkey) WITH ORDINALITY AS k(attnum, ord)
                   LEFT JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum
                   ORDER BY k.ord) AS columns
      FROM pg_index x
      JOIN pg_class i ON i.oid = x.indexrelid
      JOIN pg_class t ON t.oid = x.indrelid
      JOIN pg_am am ON am.oid = i.relam
      WHERE t.relnamespace = current_schema()::regnamespace`);
    const constraints = await client.query<{
      table: string;
      name: string;
      kind: string;
      referenced_table: string | null;
      on_delete: string;
      on_update: string;
      columns: string[];
      referenced_columns: string[];
    }>(`
      SELECT t.relname AS table, con.conname AS name, con.contype AS kind, ft.relname AS referenced_table,
             con.confdeltype AS on_delete, con.confupdtype AS on_update,
             ARRAY(SELECT a.attname::text FROM unnest(con.conkey) WITH ORDINALITY AS k(attnum, ord)
                   JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum ORDER BY k.ord) AS columns,
             ARRAY(SELECT a.attname::text FROM unnest(con.confkey) WITH ORDINALITY AS k(attnum, ord)
                   JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.attnum ORDER BY k.ord)
               AS referenced_columns
      FROM pg_constraint con
      JOIN pg_class t ON t.oid = con.conrelid
      LEFT JOIN pg_class ft ON ft.oid = con.confrelid
      WHERE t.relnamespace = current_schema()::regnamespace AND con.contype IN ('p', 'f')`);
    const enums = await client.query<{ name: string; values: string[] }>(`
      SELECT t.typname AS name, array_agg(e.enumlabel::text ORDER BY e.enumsortorder) AS values
      FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid
      WHERE t.typnamespace = current_schema()::regnamespace
      GROUP BY t.typname`);

    const shape: DatabaseShape = { tables: {}, enums: {} };
    const emptyTable = (): TableShape => ({ columns: {}, primaryKey: null, indexes: {}, foreignKeys: {} });
    for (const { table } of tables.rows) shape.tables[table] = emptyTable();
    // Rows of tables we skipped (_prisma_migrations) find no entry and are ignored.
    for (const c of columns.rows) {
      const table = shape.tables[c.table];
      // format_type quotes mixed-case enum names ("EventType"); schema.prisma names are bare.
      if (table)
        table.columns[c.column] = {
          type: c.type.replaceAll('"', ""),
          nullable: c.nullable,
          hasDefault: c.has_default,
        };
    }
    for (const i of indexes.rows) {
      const table = shape.tables[i.table];
      if (table && !i.primary)
        table.indexes[i.name] = { columns: i.columns, unique: i.unique, method: i.method };
    }
    for (const c of constraints.rows) {
      const table = shape.tables[c.table];
      if (!table) continue;
      if (c.kind === "p") table.primaryKey = { name: c.name, columns: c.columns };
      else {
        table.foreignKeys[c.name] = {
          columns: c.columns,
          referencedTable: c.referenced_table ?? "",
          referencedColumns: c.referenced_columns,
          onDelete: ON_ACTION[c.on_delete] ?? "NoAction",
          onUpdate: ON_ACTION[c.on_update] ?? "NoAction",
        };
      }
    }
    for (const e of enums.rows) shape.enums[e.name] = e.values;
    return shape;
  } finally {
    await client.end();
  }
}

/** Replaces `from` (which must occur exactly once) so a drift case cannot silently edit nothing. */
function editSchema(from: string, to: string): string {
  const parts = SCHEMA_TEXT.split(from);
  if (parts.length !== 2)
    throw new Error(`expected exactly one "${from}" in schema.prisma, found ${parts.length - 1}`);
  return parts.join(to);
}

describe("prisma schema parser", () => {
  const INLINE = `
    // A comment with "quotes" and // slashes
    datasource db {
      provider = "postgresql"
    }

    enum Colour {
      red
      green @map("GREEN")
      @@map("colour")
    }

    model Owner {
      id       Int    @id @default(autoincrement())
      email    String @unique @map("e_mail") // trailing comment
      pets     Pet[]  @relation("PetOwner")
      patients Pet[]  @relation("PetVet")
      @@map("owners")
    }

    model Pet {
      id      Int       @id @default(autoincrement())
      ownerId Int?      @map("owner_id")
      vetId   Int
      colour  Colour    @default(red)
      tags    String[]  @default([])
      born    DateTime  @db.Date
      weight  Decimal?  @db.Decimal(6, 2)
      note    String    @default("see // http://example.com")
      seenAt  DateTime  @updatedAt
      doc     Unsupported("tsvector")?
      owner   Owner?    @relation("PetOwner", fields: [ownerId], references: [id])
      vet     Owner     @relation("PetVet", fields: [vetId], references: [id], onDelete: Cascade)

      @@unique([ownerId, born])
      @@index([born(sort: Desc), id])
      @@index([doc], type: Gin, map: "pet_doc_search")
    }
  `;

  it("derives the tables, columns, keys, indexes and enums Prisma would create", () => {
    const column = (type: string, nullable = false, hasDefault = false) => ({ type, nullable, hasDefault });
    expect(expectedDatabase(parsePrismaSchema(INLINE))).toEqual({
      enums: { colour: ["red", "GREEN"] },
      tables: {
        owners: {
          columns: { id: column("integer", false, true), e_mail: column("text") },
          primaryKey: { name: "owners_pkey", columns: ["id"] },
          indexes: { owners_e_mail_key: { columns: ["e_mail"], unique: true, method: "btree" } },
          foreignKeys: {},
        },
        Pet: {
          columns: {
            id: column("integer", false, true),
            owner_id: column("integer", true),
            vetId: column("integer"),
            colour: column("colour", false, true),
            tags: column("text[]", true, true),
            born: column("date"),
            weight: column("numeric(6,2)", true),
            note: column("text", false, true),
            seenAt: column("timestamp(3) without time zone"),
            doc: column("tsvector", true),
          },
          primaryKey: { name: "Pet_pkey", columns: ["id"] },
          indexes: {
            Pet_owner_id_born_key: { columns: ["owner_id", "born"], unique: true, method: "btree" },
            Pet_born_id_idx: { columns: ["born DESC", "id"], unique: false, method: "btree" },
            pet_doc_search: { columns: ["doc"], unique: false, method: "gin" },
          },
          foreignKeys: {
            // Optional relation without onDelete: Prisma's default is SetNull.
            Pet_owner_id_fkey: {
              columns: ["owner_id"],
              referencedTable: "owners",
              referencedColumns: ["id"],
              onDelete: "SetNull",
              onUpdate: "Cascade",
            },
            Pet_vetId_fkey: {
              columns: ["vetId"],
              referencedTable: "owners",
              referencedColumns: ["id"],
              onDelete: "Cascade",
              onUpdate: "Cascade",
            },
          },
        },
      },
    });
  });

  it("gives a required relation without onDelete Prisma's default, Restrict", () => {
    const schema = parsePrismaSchema(`
      model A {
        id Int @id
      }
      model B {
        id  Int @id
        aId Int
        a   A   @relation(fields: [aId], references: [id])
      }`);
    expect(expectedDatabase(schema).tables.B?.foreignKeys.B_aId_fkey?.onDelete).toBe("Restrict");
  });

  it("refuses syntax it does not understand instead of ignoring it", () => {
    expect(() => parsePrismaSchema("model A {\n  id Int @id @ignore\n}")).toThrow(/@ignore/);
    expect(() =>
      expectedDatabase(parsePrismaSchema("model A {\n  id Int @id\n  @@fulltext([id])\n}")),
    ).toThrow(/@@fulltext/);
    expect(() => parsePrismaSchema("model A {\n  id Int @id\n")).toThrow(/ends inside a block/);
  });

  it("reads the whole of prisma/schema.prisma", () => {
    const expected = expectedDatabase(parsePrismaSchema(SCHEMA_TEXT));
    // Guards against a parser that silently drops blocks, which would make the drift check vacuous.
    // Counted from the text, so a new model or enum does not need this test edited.
    const blocks = (kind: string) => SCHEMA_TEXT.match(new RegExp(`^${kind} \\w+ \\{`, "gm"))?.length ?? 0;
    expect(blocks("model")).toBeGreaterThanOrEqual(13);
    expect(Object.keys(expected.tables)).toHaveLength(blocks("model"));
    expect(Object.keys(expected.enums)).toHaveLength(blocks("enum"));
    expect(expected.tables.articles?.columns.search).toEqual({
      type: "tsvector",
      nullable: true,
      hasDefault: false,
    });
  });
});

describe("compareSchema", () => {
  const expected = expectedDatabase(parsePrismaSchema(SCHEMA_TEXT));

  it("finds no difference between a shape and itself", () => {
    expect(compareSchema(expected, structuredClone(expected))).toEqual([]);
  });

  it("names a table that exists on one side only", () => {
    const actual = structuredClone(expected);
    delete actual.tables.audit_log;
    expect(compareSchema(expected, actual)).toEqual([
      "table audit_log is in schema.prisma but missing from the database",
    ]);
  });
});

describe("schema.prisma and the migrated database", () => {
  let actual: DatabaseShape;
  beforeAll(async () => {
    actual = await readDatabaseSchema(databaseUrl);
  });

  it("have no drift", () => {
    const differences = compareSchema(expectedDatabase(parsePrismaSchema(SCHEMA_TEXT)), actual);
    expect(differences, `migrations and schema.prisma differ:\n${differences.join("\n")}`).toEqual([]);
  });

  // Each case edits one thing in a copy of schema.prisma and must be reported as exactly that,
  // which proves the comparison against the real catalog can fail and says where.
  it.each([
    [
      "nullability",
      editSchema("website     String?", "website     String"),
      "column labs.website: nullable is true in the database, schema.prisma expects false",
    ],
    [
      "column type",
      editSchema("headcount          Int?", "headcount          BigInt?"),
      'column events.headcount: type is "integer" in the database, schema.prisma expects "bigint"',
    ],
    [
      "missing column",
      editSchema("  name         String?\n  role", "  name         String?\n  nickname     String?\n  role"),
      "column users.nickname is in schema.prisma but missing from the database",
    ],
    [
      "index",
      editSchema("  @@index([language])\n", ""),
      "index on articles: articles_language_idx is in the database but not in schema.prisma",
    ],
    [
      "index order",
      editSchema(
        "@@index([publishedFrom(sort: Desc), id(sort: Desc)])",
        "@@index([publishedFrom(sort: Desc), id])",
      ),
      'index articles_published_from_id_idx: columns is ["published_from DESC","id DESC"] in the database, ' +
        'schema.prisma expects ["published_from DESC","id"]',
    ],
    [
      "index method",
      editSchema("@@index([search], type: Gin)", "@@index([search])"),
      'index articles_search_idx: method is "gin" in the database, schema.prisma expects "btree"',
    ],
    [
      "on delete",
      editSchema(
        "event   Event   @relation(fields: [eventId], references: [id], onDelete: Cascade)",
        "event   Event   @relation(fields: [eventId], references: [id], onDelete: Restrict)",
      ),
      'foreign key citations_event_id_fkey: onDelete is "Cascade" in the database, schema.prisma expects "Restrict"',
    ],
    [
      "enum order",
      editSchema("  rumoured\n  reported\n", "  reported\n  rumoured\n"),
      'enum ClaimStatus: values is ["rumoured","reported","confirmed","denied","retracted"] in the database, ' +
        'schema.prisma expects ["reported","rumoured","confirmed","denied","retracted"]',
    ],
  ])("reports drift in %s", (_, schemaText, difference) => {
    expect(compareSchema(expectedDatabase(parsePrismaSchema(schemaText)), actual)).toEqual([difference]);
  });
});

import { z } from "zod";
import { AsOfQuerySchema, ArticleListQuerySchema, ExportQuerySchema, IdParamSchema, ScorecardQuerySchema, SearchQuerySchema, SlugParamSchema } from "@/lib/api/query-schemas";
import { EVENT_TYPES } from "@/lib/data/dto";
import { EventQuerySchema } from "@/lib/validation/event-filters";
import { FEED_FORMATS } from "@/lib/feeds/feed-paths";
import { ChartFormatSchema, SetbackModeSchema } from "@/lib/validation/chart-filters";
import * as R from "@/lib/openapi/response-schemas";

/**
 * The OpenAPI 3.1 document of the public API, built from the very zod schemas the route handlers
 * parse with (queries, path parameters) and the response schemas the tests check responses
 * against. OpenAPI 3.1 uses JSON Schema 2020-12, which is what z.toJSONSchema writes.
 */

type Json = Record<string, unknown>;

interface Operation {
  path: string;
  summary: string;
  description?: string;
  tags: string[];
  pathParams?: Record<string, { schema: z.ZodType; description: string }>;
  query?: z.ZodType;
  response?: z.ZodType;
  /** non-JSON bodies (exports, feeds) */
  produces?: Record<string, string>;
  notFound?: boolean;
  etag?: boolean;
}

// z.preprocess wraps a schema in a pipe from a transform; the document describes what it accepts.
// Read through zod's public classes (ZodPipe's in/out, ZodObject's shape), not its internals.
function unwrap(schema: z.ZodType): z.ZodType {
  let s = schema;
  while (s instanceof z.ZodPipe && s.in instanceof z.ZodTransform) s = s.out as z.ZodType;
  return s;
}

function objectShape(schema: z.ZodType): Record<string, z.ZodType> {
  const s = unwrap(schema);
  // A refined object (EventQuerySchema's date-order check) is a pipe from the object.
  if (s instanceof z.ZodPipe) return objectShape(s.in as z.ZodType);
  if (s instanceof z.ZodObject) return s.shape as Record<string, z.ZodType>;
  throw new Error("query schema is not an object");
}

/** A list's filters without its paging parameters (an export returns every matching row). */
function listFilters(schema: z.ZodType): Record<string, z.ZodType> {
  const { limit: _limit, cursor: _cursor, ...filters } = objectShape(schema);
  return filters;
}

function jsonSchema(schema: z.ZodType): Json {
  const out = z.toJSONSchema(unwrap(schema), { target: "draft-2020-12", io: "input", unrepresentable: "any" }) as Json;
  delete out.$schema;
  return out;
}

function queryParameters(schema: z.ZodType): Json[] {
  return Object.entries(objectShape(schema)).map(([name, field]) => {
    const s = jsonSchema(field);
    const required = !field.safeParse(undefined).success;
    const description = field.description ?? unwrap(field).description;
    return {
      name,
      in: "query",
      required,
      ...(description ? { description } : {}),
      schema: s,
      // Lists take repeated parameters (?lab=meta&lab=xai) or commas (?lab=meta,xai).
      ...(s.type === "array" ? { style: "form", explode: true } : {}),
    };
  });
}

const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` });
const errorResponse = (description: string) => ({ description, content: { "application/json": { schema: ref("Error") } } });

function schemaId(schema: z.ZodType): string {
  const meta = z.globalRegistry.get(schema) as { id?: string } | undefined;
  if (!meta?.id) throw new Error("response schema needs an id");
  return meta.id;
}

const feedParams = {
  format: { schema: z.enum(FEED_FORMATS), description: "atom.xml (Atom 1.0) or rss.xml (RSS 2.0)" },
};

export const OPERATIONS: Operation[] = [
  { path: "/api/v1/labs", summary: "Labs with their number of events", tags: ["labs"], query: AsOfQuerySchema, response: R.LabListSchema, etag: true },
  { path: "/api/v1/labs/{slug}", summary: "A lab with its models and commitment scorecard", tags: ["labs"], pathParams: { slug: { schema: SlugParamSchema, description: "lab slug, e.g. meta" } }, query: AsOfQuerySchema, response: R.LabDetailSchema, notFound: true, etag: true },
  {
    path: "/api/v1/scorecards",
    summary: "Every lab's commitment scorecard: release dates kept, missed and open",
    description:
      "Each planned release date a source reported is judged by the last day of its period (fuzzy dates: the period's end; \"or later\": the named period's end): met if the model came out by then (a fuzzy release date counts from its earliest day), missed if later or not at all by then, open while the period runs, unknown when the model is out but no source dates the release. With asOf: only plans reported by then, judged as of that day. Labs without reported plans are left out.",
    tags: ["labs"],
    query: ScorecardQuerySchema,
    response: R.ScorecardListSchema,
    etag: true,
  },
  { path: "/api/v1/models", summary: "Models with their lab and status", tags: ["models"], response: R.ModelListSchema, etag: true },
  { path: "/api/v1/models/{slug}", summary: "A model with its lifecycle and reported release plans", tags: ["models"], pathParams: { slug: { schema: SlugParamSchema, description: "model slug, e.g. llama-4-behemoth" } }, query: AsOfQuerySchema, response: R.ModelDetailSchema, notFound: true, etag: true },
  { path: "/api/v1/events", summary: "Events with citations, filtered, newest first", tags: ["events"], query: EventQuerySchema, response: R.EventPageSchema, etag: true },
  { path: "/api/v1/events/{id}", summary: "One event with its citations", tags: ["events"], pathParams: { id: { schema: IdParamSchema, description: "event id" } }, query: AsOfQuerySchema, response: R.EventSchema, notFound: true, etag: true },
  { path: "/api/v1/articles", summary: "Published articles, newest first", tags: ["articles"], query: ArticleListQuerySchema, response: R.ArticlePageSchema, etag: true },
  { path: "/api/v1/articles/{id}", summary: "An article with its text and the events it supports", tags: ["articles"], pathParams: { id: { schema: IdParamSchema, description: "article id" } }, query: AsOfQuerySchema, response: R.ArticleDetailSchema, notFound: true, etag: true },
  { path: "/api/v1/search", summary: "Full-text search over articles (German and English)", tags: ["search"], query: SearchQuerySchema, response: R.SearchPageSchema, etag: true },
  {
    path: "/api/v1/exports/events",
    summary: "All matching events as CSV, NDJSON or JSON (streamed)",
    description: "Takes the filters of /api/v1/events and exports every matching row.",
    tags: ["exports"],
    query: z.object({ ...objectShape(ExportQuerySchema), ...listFilters(EventQuerySchema) }),
    produces: { "text/csv": "one row per event", "application/x-ndjson": "one Event per line", "application/json": "an array of Event" },
  },
  {
    path: "/api/v1/exports/articles",
    summary: "All matching articles as CSV, NDJSON or JSON (streamed)",
    description: "Takes the filters of /api/v1/articles and exports every matching row.",
    tags: ["exports"],
    query: z.object({ ...objectShape(ExportQuerySchema), ...listFilters(ArticleListQuerySchema) }),
    produces: { "text/csv": "one row per article", "application/x-ndjson": "one ArticleSummary per line", "application/json": "an array of ArticleSummary" },
  },
  ...(["slips", "investments", "setbacks"] as const).map((chart) => ({
    path: `/api/v1/charts/${chart}`,
    summary: `Data behind the ${chart} chart, as JSON or (format=csv) the CSV the chart page offers`,
    description: "Takes the filters of /api/v1/events (lab, type, model, status, from, to, q, asOf).",
    tags: ["charts"],
    query: z.object({
      format: ChartFormatSchema,
      ...(chart === "setbacks" ? { mode: SetbackModeSchema } : {}),
      ...listFilters(EventQuerySchema),
    }),
    produces: { "application/json": "chart data (plain bucketed arrays)", "text/csv": "the chart's rows" },
  })),
  { path: "/api/v1/openapi.json", summary: "This document", tags: ["meta"], produces: { "application/json": "OpenAPI 3.1 document" } },
  { path: "/api/feeds/{format}", summary: "Feed of all events", tags: ["feeds"], pathParams: feedParams, produces: { "application/atom+xml": "Atom 1.0", "application/rss+xml": "RSS 2.0" }, notFound: true },
  { path: "/api/feeds/labs/{slug}/{format}", summary: "Feed of one lab's events", tags: ["feeds"], pathParams: { slug: { schema: SlugParamSchema, description: "lab slug" }, ...feedParams }, produces: { "application/atom+xml": "Atom 1.0", "application/rss+xml": "RSS 2.0" }, notFound: true },
  { path: "/api/feeds/types/{type}/{format}", summary: "Feed of one event type", tags: ["feeds"], pathParams: { type: { schema: z.enum(EVENT_TYPES), description: "event type" }, ...feedParams }, produces: { "application/atom+xml": "Atom 1.0", "application/rss+xml": "RSS 2.0" }, notFound: true },
];

function operation(op: Operation): Json {
  const parameters = [
    ...Object.entries(op.pathParams ?? {}).map(([name, p]) => ({ name, in: "path", required: true, description: p.description, schema: jsonSchema(p.schema) })),
    ...(op.query ? queryParameters(op.query) : []),
  ];
  const ok = op.response
    ? {
        description: "OK",
        ...(op.etag ? { headers: { ETag: { description: "send it back as If-None-Match to get a 304 when nothing changed", schema: { type: "string" } } } } : {}),
        content: { "application/json": { schema: ref(schemaId(op.response)) } },
      }
    : {
        description: "OK",
        content: Object.fromEntries(Object.entries(op.produces ?? {}).map(([type, description]) => [type, { schema: { type: "string", description } }])),
      };
  const operationId = op.path
    .replace(/^\/api\/(v1\/)?/, "")
    .split("/")
    .map((p) => p.replace(/[{}.]/g, ""))
    .filter(Boolean)
    .map((p, i) => (i ? p[0]?.toUpperCase() + p.slice(1) : p))
    .join("");
  return {
    operationId: `get${operationId[0]?.toUpperCase()}${operationId.slice(1)}`,
    summary: op.summary,
    ...(op.description ? { description: op.description } : {}),
    tags: op.tags,
    ...(parameters.length ? { parameters } : {}),
    responses: {
      "200": ok,
      ...(op.etag ? { "304": { description: "Not modified (If-None-Match matched the ETag)" } } : {}),
      ...(op.query ? { "400": errorResponse("A query parameter is invalid; the message names it") } : {}),
      ...(op.notFound ? { "404": errorResponse("Not found") } : {}),
    },
  };
}

export function buildOpenApiDocument(serverUrl?: string): Json {
  const registry = z.toJSONSchema(z.globalRegistry, { target: "draft-2020-12", uri: (id) => `#/components/schemas/${id}` }) as {
    schemas: Record<string, Json>;
  };
  const schemas = Object.fromEntries(
    Object.entries(registry.schemas).map(([id, s]) => {
      const { $schema: _drop, $id: _ref, id: _id, ...rest } = s;
      return [id, rest];
    }),
  );
  return {
    openapi: "3.1.0",
    info: {
      title: "Slipwatch API",
      version: "1.0.0",
      description:
        "Reported setbacks at AI labs, each traced to its article and quote. Dates are ISO days; a reported date is a fuzzy date { from, to, precision, openEnd, text }. Lists page by cursor: pass nextCursor back as cursor. Errors are { error: { code, message, issues? } }.",
    },
    ...(serverUrl ? { servers: [{ url: serverUrl }] } : {}),
    tags: [...new Set(OPERATIONS.flatMap((o) => o.tags))].map((name) => ({ name })),
    paths: Object.fromEntries(OPERATIONS.map((op) => [op.path, { get: operation(op) }])),
    components: { schemas },
  };
}

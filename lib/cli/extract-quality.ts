// npm run extract:quality — runs the extraction assistant on the five seed articles and prints
// found / expected per fact kind against prisma/seed-data/events.ts, with every miss listed.
import { readFileSync } from "node:fs";
import path from "node:path";
import { evaluateSeedQuality, formatQualityReport } from "@/lib/domain/extract/quality";
import { seedArticles } from "@/lib/domain/extract/seed-context";

const dir = path.join(import.meta.dirname, "../../prisma/seed-data/articles");
const texts = new Map(seedArticles.map((a) => [a.key, readFileSync(path.join(dir, a.file), "utf8")]));
console.log(formatQualityReport(evaluateSeedQuality(texts)));

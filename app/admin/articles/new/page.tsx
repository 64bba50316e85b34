import type { Metadata } from "next";
import { connection } from "next/server";
import { ArticleForm } from "@/components/admin/article-form/article-form";
import { requireUserFor } from "@/lib/auth/require-user";
import { findPublisherNames } from "@/lib/data/admin-articles";
import { findLabOptions, findModelOptions } from "@/lib/data/admin-entities";
import { t } from "@/lib/i18n/messages/admin";
import { emptyArticleForm } from "@/lib/validation/article-form";

export const metadata: Metadata = { title: "New article" };

export default async function NewArticlePage() {
  await connection();
  await requireUserFor("/admin/articles/new");
  const [labs, models, publishers] = await Promise.all([findLabOptions(), findModelOptions(), findPublisherNames()]);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t.articles.newHeading}</h1>
      <ArticleForm initial={emptyArticleForm()} options={{ labs, models }} publishers={publishers} />
    </div>
  );
}

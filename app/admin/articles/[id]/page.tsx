import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArticleForm } from "@/components/admin/article-form/article-form";
import { EditRecordPage } from "@/components/admin/edit-record-page";
import { deleteArticle, restoreArticle } from "@/lib/actions/articles";
import { requireEditPage } from "@/lib/auth/require-user";
import { findPublisherNames, getArticleForEdit } from "@/lib/data/admin-articles";
import { findLabOptions, findModelOptions } from "@/lib/data/admin-entities";
import { t } from "@/lib/i18n/messages/admin";

export const metadata: Metadata = { title: "Edit article" };

export default async function EditArticlePage({ params, searchParams }: PageProps<"/admin/articles/[id]">) {
  const { id, saved } = await requireEditPage("/admin/articles", params, searchParams);
  const [article, labs, models, publishers] = await Promise.all([
    getArticleForEdit(id),
    findLabOptions(),
    findModelOptions(),
    findPublisherNames(),
  ]);
  if (!article) notFound();
  return (
    <EditRecordPage
      heading={t.articles.editHeading}
      entity="article"
      record={article}
      actions={{ remove: deleteArticle, restore: restoreArticle }}
      saved={saved}
    >
      <ArticleForm key={article.version} initial={article.form} options={{ labs, models }} publishers={publishers} />
    </EditRecordPage>
  );
}

import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArticleForm } from "@/components/admin/article-form/article-form";
import { EditRecordHeader } from "@/components/admin/edit-record-header";
import { Notice } from "@/components/admin/ui";
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
    <div className="space-y-4">
      <EditRecordHeader
        heading={t.articles.editHeading}
        historyHref={`/admin/history/article/${article.id}`}
        id={article.id}
        deleted={Boolean(article.deletedAt)}
        remove={{ action: deleteArticle, label: t.articles.delete }}
        restore={{ action: restoreArticle, label: t.articles.restore }}
        saved={saved}
      />
      {article.deletedAt ? (
        <Notice kind="info" testId="deleted-notice">{t.articles.deletedNotice}</Notice>
      ) : (
        <ArticleForm key={article.version} initial={article.form} options={{ labs, models }} publishers={publishers} />
      )}
    </div>
  );
}

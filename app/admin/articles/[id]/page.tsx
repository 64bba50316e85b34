import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ArticleForm } from "@/components/admin/article-form/article-form";
import { DeleteRestoreButton } from "@/components/admin/delete-restore-button";
import { Notice, linkClass } from "@/components/admin/ui";
import { deleteArticle, restoreArticle } from "@/lib/actions/articles";
import { requireUserFor } from "@/lib/auth/require-user";
import { findPublisherNames, getArticleForEdit } from "@/lib/data/admin-articles";
import { findLabOptions, findModelOptions } from "@/lib/data/admin-entities";
import { t } from "@/lib/i18n/messages/admin";
import { IdParamSchema } from "@/lib/validation/admin-params";

export const metadata: Metadata = { title: "Edit article" };

export default async function EditArticlePage({ params, searchParams }: PageProps<"/admin/articles/[id]">) {
  const { id: rawId } = await params;
  const { saved } = await searchParams;
  await requireUserFor(`/admin/articles/${rawId}`);
  const id = IdParamSchema.safeParse(rawId);
  if (!id.success) notFound();
  const [article, labs, models, publishers] = await Promise.all([
    getArticleForEdit(id.data),
    findLabOptions(),
    findModelOptions(),
    findPublisherNames(),
  ]);
  if (!article) notFound();
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">{t.articles.editHeading}</h1>
        <div className="flex items-center gap-3 text-sm">
          <Link href={`/admin/history/article/${article.id}`} className={linkClass}>
            {t.articles.history}
          </Link>
          {article.deletedAt ? (
            <DeleteRestoreButton id={article.id} action={restoreArticle} label={t.articles.restore} />
          ) : (
            <DeleteRestoreButton id={article.id} action={deleteArticle} label={t.articles.delete} />
          )}
        </div>
      </div>
      {saved === "1" ? <Notice kind="success" testId="saved-notice">{t.saved}</Notice> : null}
      {article.deletedAt ? (
        <Notice kind="info" testId="deleted-notice">{t.articles.deletedNotice}</Notice>
      ) : (
        <ArticleForm key={article.version} initial={article.form} options={{ labs, models }} publishers={publishers} />
      )}
    </div>
  );
}

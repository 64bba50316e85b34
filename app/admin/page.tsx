import Link from "next/link";
import { requireUserFor } from "@/lib/auth/require-user";
import { throwIfFaultRequested } from "@/lib/http/fault-injection";
import { findAdminArticles } from "@/lib/data/admin-articles";
import { t } from "@/lib/i18n/messages/admin";
import { AdminArticleListSchema } from "@/lib/validation/admin-params";
import { buttonClass, inputClass, linkClass } from "@/components/admin/ui";

export default async function AdminArticlesPage({ searchParams }: PageProps<"/admin">) {
  const query = await searchParams;
  const filters = AdminArticleListSchema.parse(query);
  await requireUserFor("/admin");
  throwIfFaultRequested(query, "/admin");
  const articles = await findAdminArticles({ q: filters.q || undefined, deleted: filters.deleted });
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">{filters.deleted ? t.articles.deletedHeading : t.articles.heading}</h1>
        <Link href="/admin/articles/new" className={buttonClass}>
          {t.nav.newArticle}
        </Link>
      </div>
      <form className="flex flex-wrap items-end gap-2" role="search">
        <div>
          <label htmlFor="q" className="block text-sm font-medium">
            {t.articles.search}
          </label>
          <input id="q" name="q" defaultValue={filters.q} className={inputClass} />
        </div>
        {filters.deleted ? <input type="hidden" name="deleted" value="1" /> : null}
        <button type="submit" className={buttonClass}>
          {t.articles.searchButton}
        </button>
        <Link href={filters.deleted ? "/admin" : "/admin?deleted=1"} className={`${linkClass} ml-auto text-sm`}>
          {filters.deleted ? t.articles.showLive : t.articles.showDeleted}
        </Link>
      </form>
      {articles.length === 0 ? (
        <p>{t.articles.empty}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full text-left text-sm">
            <thead>
              <tr className="border-b border-zinc-300 dark:border-zinc-700">
                <th scope="col" className="py-2 pr-3">{t.articles.columns.title}</th>
                <th scope="col" className="py-2 pr-3">{t.articles.columns.published}</th>
                <th scope="col" className="py-2 pr-3">{t.articles.columns.status}</th>
                <th scope="col" className="py-2 pr-3">{t.articles.columns.citations}</th>
              </tr>
            </thead>
            <tbody>
              {articles.map((a) => (
                <tr key={a.id} className="border-b border-zinc-200 dark:border-zinc-800" data-testid="admin-article-row">
                  <td className="py-2 pr-3">
                    <Link href={`/admin/articles/${a.id}`} className={linkClass} lang={a.language}>
                      {a.title}
                    </Link>
                    {a.publisher ? <div className="text-xs text-zinc-700 dark:text-zinc-300">{a.publisher}</div> : null}
                  </td>
                  <td className="py-2 pr-3 whitespace-nowrap">{a.publishedFrom ?? "—"}</td>
                  <td className="py-2 pr-3">{a.status}</td>
                  <td className="py-2 pr-3">{a.citationCount}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}

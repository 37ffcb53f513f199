using CrimeArchive.Data;
using Lucene.Net.Index;
using Microsoft.Extensions.Logging;

namespace CrimeArchive.Search.Indexing;

/// <summary>Applies rows of the change log to a writer: the records they name are read again and
/// their documents replaced, or removed when the records are gone or no longer published.</summary>
internal sealed partial class ChangeApplier(IndexSource source, ILogger logger)
{
    private const int Chunk = 500;

    public async Task ApplyAsync(IndexWriter writer, IReadOnlyList<LoggedChange> changes, CancellationToken cancellationToken)
    {
        foreach (var unknown in changes.Where(c => c.Known is null))
            LogUnknownKind(unknown.Id, unknown.Kind);
        var articleIds = changes.Where(c => c.Known == SearchChangeKind.Article).Select(c => c.TargetId).ToHashSet();
        var entityIds = changes.Where(c => c.Known is SearchChangeKind.Entity or SearchChangeKind.EntityAndArticles).Select(c => c.TargetId).ToHashSet();
        var withArticles = changes.Where(c => c.Known == SearchChangeKind.EntityAndArticles).Select(c => c.TargetId).Distinct().ToList();
        if (withArticles.Count > 0)
            articleIds.UnionWith(await source.ArticlesMentioningAsync(withArticles, cancellationToken));

        foreach (var chunk in articleIds.Chunk(Chunk))
        {
            var found = await source.ArticlesAsync(chunk, cancellationToken);
            foreach (var article in found)
            {
                if (article.Status == ArticleStatus.Published)
                    writer.UpdateDocument(SearchDocuments.ArticleKey(article.Id), SearchDocuments.Article(article));
                else
                    writer.DeleteDocuments(SearchDocuments.ArticleKey(article.Id));
            }
            foreach (var gone in chunk.Except(found.Select(a => a.Id)))
                writer.DeleteDocuments(SearchDocuments.ArticleKey(gone));
        }
        foreach (var chunk in entityIds.Chunk(Chunk))
        {
            var found = await source.EntitiesAsync(chunk, cancellationToken);
            foreach (var entity in found)
            {
                writer.UpdateDocument(SearchDocuments.EntityKey(entity.Id), SearchDocuments.Entity(entity));
                if (SearchDocuments.Profile(entity) is { } profile)
                    writer.UpdateDocument(SearchDocuments.ProfileKey(entity.Id), profile);
                else
                    writer.DeleteDocuments(SearchDocuments.ProfileKey(entity.Id));
            }
            foreach (var gone in chunk.Except(found.Select(e => e.Id)))
                writer.DeleteDocuments(SearchDocuments.EntityKey(gone), SearchDocuments.ProfileKey(gone));
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Search change {Id} has a kind this version does not know ({Kind}); skipped")]
    private partial void LogUnknownKind(long id, string kind);
}

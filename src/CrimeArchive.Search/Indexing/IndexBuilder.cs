using CrimeArchive.Data;
using Lucene.Net.Index;

namespace CrimeArchive.Search.Indexing;

/// <summary>Fills a new generation with every published article and every entity, analysing on
/// every core while the next chunk is read from the database.</summary>
internal static class IndexBuilder
{
    private const int ArticleChunk = 1000;
    private const int EntityChunk = 2000;

    public static async Task<(int Articles, int Entities)> FillAsync(IndexWriter writer, IndexSource source, CancellationToken cancellationToken)
    {
        var parallel = new ParallelOptions { CancellationToken = cancellationToken };
        var articles = 0;
        var nextArticles = source.ArticlesAfterAsync(0, ArticleChunk, cancellationToken);
        while (await nextArticles is { Count: > 0 } chunk)
        {
            nextArticles = source.ArticlesAfterAsync(chunk[^1].Id, ArticleChunk, cancellationToken);
            var published = chunk.Where(a => a.Status == ArticleStatus.Published).ToList();
            Parallel.ForEach(published, parallel, article => writer.AddDocument(SearchDocuments.Article(article)));
            articles += published.Count;
        }
        var entities = 0;
        var nextEntities = source.EntitiesAfterAsync(0, EntityChunk, cancellationToken);
        while (await nextEntities is { Count: > 0 } chunk)
        {
            nextEntities = source.EntitiesAfterAsync(chunk[^1].Id, EntityChunk, cancellationToken);
            Parallel.ForEach(chunk, parallel, entity =>
            {
                writer.AddDocument(SearchDocuments.Entity(entity));
                if (SearchDocuments.Profile(entity) is { } profile)
                    writer.AddDocument(profile);
            });
            entities += chunk.Count;
        }
        return (articles, entities);
    }
}

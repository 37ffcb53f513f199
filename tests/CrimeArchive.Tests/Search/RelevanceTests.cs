using CrimeArchive.Search.Querying;

namespace CrimeArchive.Tests.Search;

/// <summary>The article a reader means is among the first three results.</summary>
public class RelevanceTests(SearchArchiveFixture archive) : IClassFixture<SearchArchiveFixture>
{
    private List<string> TopThree(string query) =>
        [.. archive.Search.Search(new SearchRequest(query)).Hits.Take(3).Select(h => h.Title)];

    [Fact]
    public void An_alias_finds_articles_that_name_the_entity_otherwise()
    {
        // The brief says only "Gulf Cartel"; a Spanish text taught the archive that it is the Cartel del Golfo.
        Assert.Contains("Mexico Navy Seizes Containers Tied to Gulf Cartel in Veracruz", TopThree("Cartel del Golfo"));
    }

    [Fact]
    public void A_nickname_finds_the_article_that_uses_the_full_name()
    {
        // "Comba" appears in one profile only; the brief calls him Javier Antonio Calle Serna.
        Assert.Contains("Colombian President Juan Manuel Santos confirmed rumors", TopThree("Comba"));
    }

    [Theory]
    [InlineData("Urabeños")]
    [InlineData("urabenos")]
    [InlineData("URABEÑOS")]
    public void Accents_and_case_do_not_matter(string query)
    {
        Assert.Contains("A spate of killings in the Rastrojos stronghold", TopThree(query));
    }

    [Theory]
    [InlineData("capturado extorsión")]
    [InlineData("extorsion transportistas")]
    public void A_spanish_query_finds_the_spanish_brief(string query)
    {
        Assert.Contains("Capturados en Honduras tres cobradores de extorsión", TopThree(query));
    }

    [Fact]
    public void English_words_match_their_other_forms()
    {
        // "seizure" and "containers" stand in the text as "seized" … "containers".
        Assert.Contains("Mexico Navy Seizes Containers Tied to Gulf Cartel in Veracruz", TopThree("container seizures Veracruz"));
    }

    [Theory]
    [InlineData("Rastrojoss", "Rastrojos")]
    [InlineData("Calle Cerna", "Calle Serna")]
    [InlineData("Urabenios", "Urabenos")]
    public void A_misspelling_is_corrected_and_its_results_shown(string typed, string corrected)
    {
        var results = archive.Search.Search(new SearchRequest(typed));
        Assert.Equal(typed, results.CorrectedFrom);
        Assert.Equal(corrected, results.Query.Text);
        Assert.NotEmpty(results.Hits);
    }

    [Fact]
    public void A_misspelling_among_known_words_is_offered_as_did_you_mean()
    {
        var results = archive.Search.Search(new SearchRequest("Rastrojos OR Gaitanistsa"));
        Assert.True(results.Total > 0);
        Assert.Equal("Rastrojos OR Gaitanistas", results.DidYouMean);
    }

    [Fact]
    public void A_quoted_phrase_needs_its_words_together()
    {
        var phrase = archive.Search.Search(new SearchRequest("\"precursor chemicals\""));
        var apart = archive.Search.Search(new SearchRequest("\"chemicals precursor\""));
        Assert.Contains(phrase.Hits, h => h.Title.StartsWith("Mexico Navy Seizes", StringComparison.Ordinal));
        Assert.DoesNotContain(apart.Hits, h => h.Title.StartsWith("Mexico Navy Seizes", StringComparison.Ordinal));
    }

    [Fact]
    public void A_minus_leaves_out_articles_with_the_word()
    {
        var all = archive.Search.Search(new SearchRequest("Rastrojos"));
        var without = archive.Search.Search(new SearchRequest("Rastrojos -Santos"));
        Assert.Contains(all.Hits, h => h.Title.Contains("Santos", StringComparison.Ordinal));
        Assert.DoesNotContain(without.Hits, h => h.Title.Contains("Santos", StringComparison.Ordinal));
        Assert.True(without.Total < all.Total);
    }

    [Fact]
    public void OR_finds_either_word()
    {
        var either = archive.Search.Search(new SearchRequest("Veracruz OR Chamelecón"));
        Assert.Contains(either.Hits, h => h.Title.StartsWith("Mexico Navy Seizes", StringComparison.Ordinal));
        Assert.Contains(either.Hits, h => h.Title.StartsWith("Capturados en Honduras", StringComparison.Ordinal));
    }

    [Fact]
    public void Entity_cards_come_from_any_of_their_names()
    {
        var results = archive.Search.Search(new SearchRequest("Gulf Cartel"));
        Assert.Contains(results.Cards, c => c.Name is "Cartel del Golfo" or "Gulf Cartel");
    }

    [Fact]
    public void Snippets_mark_the_matched_words_and_encode_the_rest()
    {
        var hit = archive.Search.Search(new SearchRequest("precursor")).Hits[0];
        Assert.Contains("<mark>precursor</mark>", hit.SnippetHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", hit.SnippetHtml, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Newest_first_orders_by_date()
    {
        var dates = archive.Search.Search(new SearchRequest("cartel") { Sort = SearchSort.Newest, PageSize = 50 })
            .Hits.Where(h => h.Date is not null).Select(h => h.Date!.Value).ToList();
        Assert.True(dates.Count > 2);
        Assert.Equal(dates.OrderByDescending(d => d), dates);
    }

    [Fact]
    public void Autocomplete_offers_entities_by_the_start_of_any_name()
    {
        var suggestions = archive.Search.Suggest("urab");
        // Either the main name is the one typed, or the alias that matched is shown beside it.
        Assert.Contains(suggestions, s => s.Kind == CrimeArchive.Data.EntityKind.Group && (s.Name == "Urabeños" || s.Alias == "Urabeños"));
    }
}

using CrimeArchive.Search.Querying;

namespace CrimeArchive.Tests.Search;

/// <summary>How typed queries are read; no index involved.</summary>
public class QueryReaderTests
{
    private static string Shape(string typed) => string.Join(" & ", QueryReader.Read(typed).Groups.Select(g =>
        (g.Negated ? "-" : "") + string.Join("|", g.Alternatives.Select(p => p.Phrase ? $"\"{p.Text}\"" : p.Text))));

    [Theory]
    [InlineData("cartel golfo", "cartel & golfo")]
    [InlineData("\"Clan del Golfo\" Urabá", "\"Clan del Golfo\" & Urabá")]
    [InlineData("Zetas OR Golfo OR Sinaloa", "Zetas|Golfo|Sinaloa")]
    [InlineData("Zetas -Sinaloa", "Zetas & -Sinaloa")]
    [InlineData("Zetas -\"Cartel de Sinaloa\"", "Zetas & -\"Cartel de Sinaloa\"")]
    [InlineData("Zetas NOT Sinaloa", "Zetas & -Sinaloa")]
    [InlineData("Zetas AND Sinaloa", "Zetas & Sinaloa")]
    public void Operators_are_read(string typed, string shape) => Assert.Equal(shape, Shape(typed));

    [Theory]
    [InlineData("OR Zetas", "OR & Zetas")]
    [InlineData("Zetas OR", "Zetas & OR")]
    [InlineData("Zetas OR OR Golfo", "Zetas & OR & Golfo")]
    [InlineData("\"Clan del Golfo", "Clan & del & Golfo")]
    [InlineData("- Zetas --", "- & Zetas & --")]
    [InlineData("title:(foo", "title:(foo")]
    public void Stray_operators_and_unbalanced_quotes_are_words(string typed, string shape) => Assert.Equal(shape, Shape(typed));

    [Fact]
    public void A_word_repeated_is_asked_once_and_long_queries_are_cut()
    {
        Assert.Equal("AGC", Shape(string.Join(' ', Enumerable.Repeat("AGC", 125))));
        Assert.Equal(QueryReader.MaxGroups, QueryReader.Read(string.Join(' ', Enumerable.Range(0, 100).Select(i => $"w{i}"))).Groups.Count);
    }

    [Fact]
    public void Control_characters_go_and_the_length_is_capped()
    {
        var read = QueryReader.Read("ab\0c\u0007d " + new string('x', 5000));
        Assert.StartsWith("ab c d ", read.Text, StringComparison.Ordinal);
        Assert.Equal(QueryReader.MaxLength, read.Text.Length);
    }

    [Fact]
    public void A_cut_never_leaves_half_a_surrogate_pair()
    {
        var read = QueryReader.Read(new string('x', QueryReader.MaxLength - 1) + "😀");
        Assert.False(char.IsHighSurrogate(read.Text[^1]));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void Nothing_typed_is_an_empty_query(string? typed) => Assert.True(QueryReader.Read(typed).IsEmpty);
}

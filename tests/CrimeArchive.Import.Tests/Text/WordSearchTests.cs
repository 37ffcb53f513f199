using CrimeArchive.Import.Text;

namespace CrimeArchive.Import.Tests.Text;

public class WordSearchTests
{
    [Theory]
    [InlineData("Crédito: archivo del diario", true)]
    [InlineData("Photo credit: the navy", false)]
    [InlineData("Credit: the navy", true)]
    [InlineData("El crédito del banco", false)]
    [InlineData("Créditos del puerto", true)]
    public void Words_with_and_without_accents_are_found_as_written(string text, bool found)
    {
        var search = new WordSearch(["Credit", "Crédito"], StringComparison.Ordinal);
        Assert.Equal(found, search.IsIn(text));
    }

    [Theory]
    [InlineData("ESTA VERSIÓN DEL TEXTO", true)]
    [InlineData("esta versión del texto", true)]
    [InlineData("esta version del texto", false)]
    [InlineData("the views expressed here", true)]
    [InlineData("Ésta es otra nota", false)]
    public void Ignoring_case_finds_an_accented_word_in_either_case(string text, bool found)
    {
        var search = new WordSearch(["versión", "views"], StringComparison.OrdinalIgnoreCase);
        Assert.Equal(found, search.IsIn(text));
    }
}

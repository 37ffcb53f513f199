using CrimeArchive.Import.Parsing;

namespace CrimeArchive.Import.Tests.Parsing;

public class NameCasingTests
{
    [Theory]
    [InlineData("JANE O'NEILL MCCARTHY", "Jane O'Neill McCarthy")]
    [InlineData("INSIGHT CRIME STAFF", "InSight Crime Staff")]
    [InlineData("ANNA SMITH-JONES", "Anna Smith-Jones")]
    [InlineData("JUAN DE LA CRUZ", "Juan de la Cruz")]
    [InlineData("ROSS MACDONALD", "Ross MacDonald")]
    [InlineData("ADOLFO MACIAS", "Adolfo Macias")]
    [InlineData("DE LEON", "De Leon")]
    public void Author_in_capitals_gets_real_casing(string printed, string expected) =>
        Assert.Equal(expected, NameCasing.Author(printed));

    [Theory]
    [InlineData("EXTRADITION", "Extradition")]
    [InlineData("EL CHAPO", "El Chapo")]
    [InlineData("CJNG", "CJNG")]
    [InlineData("MS13", "MS13")]
    public void Byline_tag_keeps_acronyms_and_cases_words(string printed, string expected) =>
        Assert.Equal(expected, NameCasing.Tag(printed));

    [Fact]
    public void Byline_with_two_authors_gives_both_names()
    {
        var byline = BylineParser.Parse("CJNG / 18 APR 2016 BY LAURA GIBBONS AND PAT O'NEILL EN");

        Assert.Equal(["Laura Gibbons", "Pat O'Neill"], byline!.Authors);
    }

    [Fact]
    public void Spanish_month_abbreviation_is_read()
    {
        var byline = BylineParser.Parse("MÉXICO / 3 DIC 2020 POR LUIS GÓMEZ ES");

        Assert.Equal(new DateOnly(2020, 12, 3), byline!.Date);
    }

    [Fact]
    public void Byline_without_author_still_gives_tag_and_date()
    {
        var byline = BylineParser.Parse("HONDURAS / 7 JUN 2014");

        Assert.Equal(("HONDURAS", new DateOnly(2014, 6, 7)), (byline!.Tag, byline.Date));
        Assert.Empty(byline.Authors);
    }
}

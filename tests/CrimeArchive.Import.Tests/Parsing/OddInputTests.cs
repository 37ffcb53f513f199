using CrimeArchive.Import.Parsing;

namespace CrimeArchive.Import.Tests.Parsing;

public class OddInputTests
{
    [Theory]
    [InlineData("")]
    [InlineData("   \n\n  \r\n")]
    [InlineData("Home")]
    [InlineData("HomeNewsBrief")]
    [InlineData("BRIEF")]
    [InlineData("x")]
    [InlineData("...")]
    [InlineData("History\n\nFactbox\n\nDOB:\n\n")]
    [InlineData("HONDURAS / 31 FEB 2014 BY  EN")]
    [InlineData("Related Content\n\nA sentence that is long enough to be a lead paragraph of an article, or so it seems.")]
    [InlineData("‘’\n\n''")]
    [InlineData("A line.chart\n\nHistory")]
    public void Odd_input_never_throws_and_keeps_offsets(string text)
    {
        var doc = SourceTextParser.Parse(text);

        foreach (var block in doc.AllBlocks)
            Assert.Equal(block.Text, text.Substring(block.Start, block.Text.Length));
    }

    [Fact]
    public void Impossible_byline_date_is_left_out_rather_than_invented()
    {
        var doc = SourceTextParser.Parse("HomeNewsBriefA Title Here\n\nBRIEF\n\nA Title Here\n\nHONDURAS / 31 FEB 2014 BY SAM PARKER EN\n\n"
            + "Police in northern Honduras have arrested a man accused of running the clan's cocaine routes in 2013.");

        Assert.Null(doc.Date);
        Assert.Equal(2013, doc.YearHint);
    }

    [Theory]
    [InlineData("\r\n")]
    [InlineData("\r")]
    public void Windows_and_old_mac_line_ends_split_paragraphs(string lineEnd)
    {
        var text = string.Join(lineEnd + lineEnd, Texts.Lead, Texts.Second);
        var doc = SourceTextParser.Parse(text);

        Assert.Equal([Texts.Lead, Texts.Second], doc.Body.Select(b => b.Text));
        Assert.All(doc.Body, b => Assert.Equal(b.Text, text.Substring(b.Start, b.Text.Length)));
    }

    [Fact]
    public void A_body_captured_as_one_line_before_the_footer_is_the_lead_not_a_standfirst()
    {
        // The footer's teaser dateline right below the one-line body looked like a byline below a standfirst.
        var doc = SourceTextParser.Parse("Detienen a un contador que lavaba dinero en Salta\n\nLAVADO / 14 MAR 2024 POR AURELIO QUINTANA ES\n\n"
            + "La policía arrestó en Salta a un contador acusado de registrar empresas fantasma para una red de contrabando."
            + "El contador habría creado once sociedades entre 2018 y 2023, todas con domicilio en el mismo edificio.\n"
            + "Contenido relacionado\nBOLIVIA / 2 FEB 2024\n");

        Assert.Null(doc.SkipReason);
        Assert.Equal("Detienen a un contador que lavaba dinero en Salta", doc.Title);
        Assert.Contains(doc.Body, b => b.Text.Contains("once sociedades", StringComparison.Ordinal));
    }
}

using CrimeArchive.Import.Parsing;

namespace CrimeArchive.Import.Tests.Parsing;

/// <summary>Headers of pages copied from other sites' layouts: standfirsts, masthead dates, bylines
/// with roles or colons, author lines without "By", section labels and account links.</summary>
public class OtherSiteHeaderTests
{
    private const string Title = "Gang Leader Captured in Tegucigalpa Raid";

    private const string Lead =
        "Honduran police captured the leader of a street gang in a raid on a house in the capital on Wednesday, officials said.";

    private static ParsedDocument Parse(params string[] lines) => SourceTextParser.Parse(string.Join("\n", lines));

    [Fact]
    public void A_standfirst_between_the_headline_and_the_byline_is_no_lead()
    {
        var doc = Parse("Home » News » Crime", "", Title, "",
            "The arrest ends a two-year manhunt. Police say the man ran extortion rackets in three neighbourhoods.", "",
            "Share full article", "12", "By Jane Roe and John Doe", "May 2, 2023", "", Lead);

        Assert.Equal(Title, doc.Title);
        Assert.False(doc.TitleDerived);
        Assert.Equal("Jane Roe and John Doe", doc.Author);
        Assert.Equal(new DateOnly(2023, 5, 2), doc.Date);
        Assert.Equal("The arrest ends a two-year manhunt. Police say the man ran extortion rackets in three neighbourhoods.", doc.Body[0].Text);
        Assert.Equal(Lead, doc.Body[1].Text);
    }

    [Fact]
    public void A_blog_signature_after_the_date_and_an_analysis_heading_alone()
    {
        var doc = Parse("Sign In", "Open in app", "News", "", Title, "", "Posted on June 3, 2018 by Jane Roe", "3 Comments", "", Lead, "",
            "Analysis", "", "The capture is unlikely to end the extortion, which the gang runs through a web of cells.");

        Assert.Equal(Title, doc.Title);
        Assert.Equal("Jane Roe", doc.Author);
        Assert.Equal(new DateOnly(2018, 6, 3), doc.Date);
        Assert.Single(doc.Analysis);
    }

    [Fact]
    public void The_masthead_date_gives_way_to_the_published_date()
    {
        var doc = Parse("Wednesday, May 12, 2021", "The Border Post", "News | Crime | Politics", "", "IN DEPTH", "", Title, "",
            "By Jane Roe, Senior Reporter", "Published: May 10, 2021 | Last updated: May 12, 2021", "Regions: Central America, Honduras", "", Lead);

        Assert.Equal(Title, doc.Title);
        Assert.Equal("Jane Roe", doc.Author);
        Assert.Equal(new DateOnly(2021, 5, 10), doc.Date);
        Assert.Equal(DocumentKind.Analysis, doc.Kind);
    }

    [Fact]
    public void A_name_over_a_role_line_is_the_author()
    {
        var doc = Parse("You are here:  Home  News  Crime  ", "", Title, "Jane Roe", "Staff writer", "", Lead);

        Assert.Equal(Title, doc.Title);
        Assert.Equal("Jane Roe", doc.Author);
        Assert.Equal([Lead], doc.Body.Select(b => b.Text));
    }

    [Fact]
    public void A_spanish_question_headline_over_a_signature_with_a_colon()
    {
        var doc = Parse("Martes 9 de mayo de 2023", "Inicio » Seguridad", "", "¿Quién manda ahora en la banda de los Rojos?", "",
            "Por: Redacción", "08/05/2023 | 21:40", "",
            "La policía hondureña capturó al cabecilla de una pandilla en un allanamiento en la capital el miércoles, informaron las autoridades.");

        Assert.Equal("¿Quién manda ahora en la banda de los Rojos?", doc.Title);
        Assert.Equal("Redacción", doc.Author);
        Assert.Equal(new DateOnly(2023, 5, 8), doc.Date);
    }

    [Theory]
    [InlineData("Jane Roe | Staff writer", "Jane Roe")]
    [InlineData("María López | Corresponsal", "María López")]
    [InlineData("Written by: Jane Doe", "Jane Doe")]
    public void A_byline_with_a_role_or_a_colon_names_the_author(string byline, string author)
    {
        var doc = Parse(Title, "", byline, "March 4, 2021 at 10:32 am", "", Lead);

        Assert.Equal(author, doc.Author);
        Assert.Equal(new DateOnly(2021, 3, 4), doc.Date);
    }
    [Fact]
    public void A_dateline_printed_above_the_headline_leaves_the_headline_the_title()
    {
        var doc = Parse("ANÁLISIS", "NICARAGUA / 3 FEB 2022 POR MARTA LOZANO ALDANA ES", "", "Los Tejones extienden su red por la costa", "",
            "Durante casi veinte años, los Tejones controlaron el paso de cocaína por la costa caribe de Nicaragua sin que nadie los nombrara.");

        Assert.Equal("Los Tejones extienden su red por la costa", doc.Title);
        Assert.False(doc.TitleDerived);
        Assert.Equal(new DateOnly(2022, 2, 3), doc.Date);
    }

    [Fact]
    public void A_headerless_profile_opening_with_a_spanish_nickname_is_titled_with_the_name()
    {
        var doc = Parse("Marisela Duarte Olmos, conocida como “La Garza”, es la jefa de Los Venados, una banda que cobra extorsiones en el puerto.", "",
            "Historia", "", "Duarte Olmos empezó como contadora de la banda en 2009.");

        Assert.Equal("Marisela Duarte Olmos", doc.Title);
    }
    [Fact]
    public void A_notice_to_readers_over_lines_of_its_own_stays_out_of_the_text()
    {
        var doc = Parse("NOTICE: our site is moving to a new platform this week.",
            "Posting will stop from March 3 to March 9 while the archive is copied to the new servers.", "We appreciate your understanding.", "",
            Title, "", "By Jane Roe | March 4, 2021", "", Lead);

        Assert.Equal(Title, doc.Title);
        Assert.Equal([Lead], doc.Body.Select(b => b.Text));
    }

    [Fact]
    public void An_author_label_names_the_author_and_is_no_title()
    {
        var doc = Parse(Title, "Author: Jane Roe", "March 4, 2021", "", Lead);

        Assert.Equal(Title, doc.Title);
        Assert.Equal("Jane Roe", doc.Author);
    }
}

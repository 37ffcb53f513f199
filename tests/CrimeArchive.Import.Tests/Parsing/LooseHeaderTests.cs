using CrimeArchive.Import.Parsing;
using static CrimeArchive.Import.Tests.Parsing.Texts;

namespace CrimeArchive.Import.Tests.Parsing;

/// <summary>Header layouts other than the site's own: bylines spread over lines, dates in other
/// shapes, breadcrumbs with separators.</summary>
public class LooseHeaderTests
{
    [Theory]
    [InlineData("Written by Lena Torvik | March 4, 2021 | 5 min read", "Lena Torvik", 2021, 3, 4)]
    [InlineData("Escrito por Tomás Ibarra el 4 de marzo de 2023", "Tomás Ibarra", 2023, 3, 4)]
    [InlineData("by Ana Ruiz and Pedro Gil — 4 March 2021", "Ana Ruiz", 2021, 3, 4)]
    [InlineData("Published 4 March 2019 · By Sam Okoro", "Sam Okoro", 2019, 3, 4)]
    public void A_signature_and_a_date_in_another_layout_make_the_byline(string line, string author, int year, int month, int day)
    {
        var doc = Parse("Police Seize a Cocaine Sub Near Tumaco", line, Lead, Second);

        Assert.Equal("Police Seize a Cocaine Sub Near Tumaco", doc.Title);
        Assert.StartsWith(author, doc.Author);
        Assert.Equal(new DateOnly(year, month, day), doc.Date);
        Assert.Equal([Lead, Second], doc.Body.Select(b => b.Text));
    }

    [Theory]
    [InlineData("By Lena Torvik | Senior Investigator, Peru")]
    [InlineData("Written by Lena Torvik, Andes Researcher")]
    [InlineData("Por Lena Torvik, corresponsal en Arequipa")]
    public void A_role_after_the_author_is_no_author_of_its_own(string line)
    {
        var doc = Parse("Police Seize a Cocaine Sub Near Tumaco", "March 4, 2021", line, Lead, Second);

        Assert.Equal("Police Seize a Cocaine Sub Near Tumaco", doc.Title);
        Assert.Equal("Lena Torvik", doc.Author);
        Assert.Equal([Lead, Second], doc.Body.Select(b => b.Text));
    }

    [Theory]
    [InlineData("Tuesday, 4 March 2014", 2014, 3, 4)]
    [InlineData("Posted Mar 4, 2019 · Updated Mar 6, 2019", 2019, 3, 4)]
    [InlineData("Profile published: 4 March 2019 | Last updated: 9 May 2020", 2019, 3, 4)]
    [InlineData("2019-03-04", 2019, 3, 4)]
    public void A_date_line_of_another_layout_gives_the_date(string line, int year, int month, int day)
    {
        var doc = Parse("Police Seize a Cocaine Sub Near Tumaco", line, Lead, Second);

        Assert.Equal(new DateOnly(year, month, day), doc.Date);
        Assert.Equal([Lead, Second], doc.Body.Select(b => b.Text));
    }

    [Fact]
    public void A_numeric_date_is_read_day_first_in_spanish()
    {
        var doc = Parse("Noticias » Chile", "Capturan al jefe de una banda en el norte", "Por Ana Ruiz, Pedro Gil y Rosa Vela",
            "04/03/2019 | Actualizado: 05/03/2019 09:15", "3 comentarios", Lead, Second);

        Assert.Equal(new DateOnly(2019, 3, 4), doc.Date);
        Assert.Equal("Chile", doc.Country);
        Assert.Equal("Capturan al jefe de una banda en el norte", doc.Title);
        Assert.Contains("Rosa Vela", doc.Author);
    }

    [Fact]
    public void A_section_and_country_between_bars_give_kind_and_country()
    {
        var doc = Parse("Analysis | Peru", "Why the Coastal Gangs Keep Splitting", "by Ana Ruiz — 4 March 2021", Lead, Second);

        Assert.Equal(DocumentKind.Analysis, doc.Kind);
        Assert.Equal("Peru", doc.Country);
        Assert.Equal("Why the Coastal Gangs Keep Splitting", doc.Title);
    }

    [Fact]
    public void A_breadcrumb_with_steps_gives_kind_and_title()
    {
        var doc = Parse("Home » Analysis » Why the Coastal Gangs Keep Splitting", "Why the Coastal Gangs Keep Splitting",
            "Written by Ana Ruiz", "Posted on 03/14/2015", Lead, Second);

        Assert.Equal(DocumentKind.Analysis, doc.Kind);
        Assert.Equal("Why the Coastal Gangs Keep Splitting", doc.Title);
        Assert.Equal("Ana Ruiz", doc.Author);
        Assert.Equal(new DateOnly(2015, 3, 14), doc.Date);
    }

    [Fact]
    public void A_breadcrumb_of_sections_only_leaves_the_title_to_the_line_below()
    {
        var doc = Parse("Home / News / Briefs", "Police Seize a Cocaine Sub Near Tumaco", "March 4, 2019", Lead, Second);

        Assert.Equal(DocumentKind.Brief, doc.Kind);
        Assert.Equal("Police Seize a Cocaine Sub Near Tumaco", doc.Title);
        Assert.Equal(new DateOnly(2019, 3, 4), doc.Date);
    }

    [Fact]
    public void A_menu_between_bars_is_no_breadcrumb()
    {
        var doc = Parse("Home | Investigations | Briefs | Profiles | Donate", "Police Seize a Cocaine Sub Near Tumaco",
            "By Ana Ruiz | March 4, 2021", Lead, Second);

        Assert.NotEqual(DocumentKind.Investigation, doc.Kind);
        Assert.Equal("Police Seize a Cocaine Sub Near Tumaco", doc.Title);
    }

    [Fact]
    public void Spanish_authors_are_joined_with_y()
    {
        var doc = Parse("Capturan al jefe de una banda en el norte", "COLOMBIA / 9 AGO 2022 POR ANA RUIZ Y LUIS MORA ES", Lead, Second);

        Assert.Equal("Ana Ruiz y Luis Mora", doc.Author);
    }

    [Theory]
    [InlineData("By the end of 2019, the gang had split in two.")]
    [InlineData("Por lo menos 12 personas murieron el 4 de marzo de 2023 en el ataque.")]
    public void A_sentence_with_a_date_is_no_byline(string line) =>
        Assert.Null(LooseByline.Read(line));
    [Fact]
    public void The_headline_between_a_date_line_and_the_author_line_is_the_title()
    {
        var doc = SourceTextParser.Parse(string.Join("\n", "Tuesday, 3 March 2015", "Home | News | Briefs | Analysis | Profiles",
            "Smuggling Chief Killed, Son-in-Law Poised to Rule", "Written by Ana Morales Quintero   ", "Tuesday, 3 March 2015 00:00",
            "Font size   Print   E-mail", "", Lead, "", Second));

        Assert.Equal("Smuggling Chief Killed, Son-in-Law Poised to Rule", doc.Title);
        Assert.False(doc.TitleDerived);
        Assert.Equal("Ana Morales Quintero", doc.Author);
        Assert.Equal(new DateOnly(2015, 3, 3), doc.Date);
    }

    [Fact]
    public void A_cookie_notice_above_a_quoted_headline_leaves_the_header_whole()
    {
        var doc = SourceTextParser.Parse(string.Join("\n", "🍪 Your privacy, your choice",
            "Cookies help us and selected partners tailor ads and count visits.", "Accept   Decline   Settings",
            "HomeNewsBriefs'Harbour Boss Sold Passes'", "BRIEF", "", "‘Harbour Boss Sold Passes’", "",
            "COSTA RICA / 12 MAR 2019 BY ANA MORALES QUINTERO EN", "", Lead, "", Second));

        Assert.Equal("Harbour Boss Sold Passes", doc.Title);
        Assert.Equal(new DateOnly(2019, 3, 12), doc.Date);
        Assert.Equal("Costa Rica", doc.Country);
        Assert.Equal([Lead, Second], doc.Body.Select(b => b.Text));
    }
}

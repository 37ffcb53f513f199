using CrimeArchive.Import.Parsing;
using static CrimeArchive.Import.Tests.Parsing.Texts;

namespace CrimeArchive.Import.Tests.Parsing;

public class HeaderParsingTests
{
    [Fact]
    public void Full_header_gives_title_kind_date_and_author()
    {
        var doc = Parse("HomeNewsBriefHonduras Arrests Valle Clan Logistics Man", "BRIEF",
            "Honduras Arrests Valle Clan Logistics Man", "HONDURAS / 7 JUN 2014 BY SAM PARKER EN", Lead, Second);

        Assert.Equal(DocumentKind.Brief, doc.Kind);
        Assert.Equal("Honduras Arrests Valle Clan Logistics Man", doc.Title);
        Assert.False(doc.TitleDerived);
        Assert.Equal(new DateOnly(2014, 6, 7), doc.Date);
        Assert.Equal("Sam Parker", doc.Author);
        Assert.Equal([Lead, Second], doc.Body.Select(b => b.Text));
    }

    [Theory]
    [InlineData("By Laura Beth O'Connell | March 4, 2021", "Laura Beth O'Connell", 2021, 3, 4)]
    [InlineData("Por María José Ruiz Peña | Publicado el 9 de mayo de 2016", "María José Ruiz Peña", 2016, 5, 9)]
    public void A_signature_with_a_date_after_a_bar_is_a_byline(string byline, string author, int year, int month, int day)
    {
        var doc = Parse("Police Seize a Cocaine Sub Near Tumaco", "", byline, "", Lead, Second);

        Assert.Equal("Police Seize a Cocaine Sub Near Tumaco", doc.Title);
        Assert.Equal(author, doc.Author);
        Assert.Equal(new DateOnly(year, month, day), doc.Date);
        Assert.Equal([Lead, Second], doc.Body.Select(b => b.Text));
    }

    [Fact]
    public void A_profile_title_keeps_the_nickname_inside_the_name()
    {
        var doc = Parse("HomeHondurasRamón Bejarano Solís", "HONDURAS", "Ramón \"El Tuerto\" Bejarano Solís", Lead, Second);

        Assert.Equal("Ramón \"El Tuerto\" Bejarano Solís", doc.Title);
    }

    [Fact]
    public void Breadcrumb_and_title_line_may_differ_in_apostrophes()
    {
        var doc = Parse("HomeNewsAnalysisWhy Honduras' Clans Fear Extradition", "ANALYSIS",
            "Why Honduras’ Clans Fear Extradition", "EXTRADITION / 1 DEC 2015 BY SAM PARKER EN", Lead);

        Assert.Equal(DocumentKind.Analysis, doc.Kind);
        Assert.Equal("Why Honduras’ Clans Fear Extradition", doc.Title);
    }

    [Fact]
    public void Later_layout_news_breadcrumb_with_two_authors_gives_both_names()
    {
        var doc = Parse("HomeNewsGuatemala Seizes Cocaine Plane", "NEWS", "Guatemala Seizes Cocaine Plane",
            "GUATEMALA / 12 JAN 2023 BY JANE DOE AND JOHN ROE EN", Lead);

        Assert.Equal(DocumentKind.Brief, doc.Kind);
        Assert.Equal("Jane Doe and John Roe", doc.Author);
    }

    [Fact]
    public void Quoted_title_line_loses_its_wrapping_quotes()
    {
        var doc = Parse("‘Ex-Official Says Cartel Bought Judges’", "SHARETweet about this on TwitterShare on Facebook", Lead, Second);

        Assert.Equal("Ex-Official Says Cartel Bought Judges", doc.Title);
        Assert.False(doc.TitleDerived);
    }

    [Fact]
    public void Title_that_opens_with_a_quoted_part_keeps_its_quotes()
    {
        var doc = Parse("HomeNewsBrief'Clan Boss Shot in Ambush': Local Press", "BRIEF",
            "'Clan Boss Shot in Ambush': Local Press", "HONDURAS / 2 MAR 2016 BY SAM PARKER EN", Lead);

        Assert.Equal("'Clan Boss Shot in Ambush': Local Press", doc.Title);
    }

    [Fact]
    public void Country_tag_fills_country_and_topic_tag_fills_tags()
    {
        var country = Parse("HomeNewsBriefA Title Here", "BRIEF", "A Title Here", "HONDURAS / 2 MAR 2016 BY SAM PARKER EN", Lead);
        var topic = Parse("HomeNewsBriefA Title Here", "BRIEF", "A Title Here", "KIDNAPPING / 2 MAR 2016 BY SAM PARKER EN", Lead);

        Assert.Equal("Honduras", country.Country);
        Assert.Empty(country.Tags);
        Assert.Null(topic.Country);
        Assert.Equal(["Kidnapping"], topic.Tags);
    }

    [Fact]
    public void Spanish_byline_gives_date_author_and_language()
    {
        var doc = Parse("HomeNoticiasNoticias del díaCapturan a jefe del clan en Honduras", "NOTICIAS DEL DÍA",
            "Capturan a jefe del clan en Honduras", "HONDURAS / 5 AGO 2019 POR ANA MARÍA DE LA CRUZ ES",
            "La policía de Honduras capturó a un hombre acusado de manejar las rutas de cocaína del clan, según informes de la prensa local.");

        Assert.Equal(new DateOnly(2019, 8, 5), doc.Date);
        Assert.Equal("Ana María de la Cruz", doc.Author);
        Assert.Equal("es", doc.Language);
        Assert.Equal("Capturan a jefe del clan en Honduras", doc.Title);
        Assert.Equal("Honduras", doc.Country);
    }

    [Fact]
    public void Photo_caption_before_the_lead_is_neither_title_nor_body()
    {
        var doc = Parse("Police guard the seized boat in Tumaco", Lead, Second);

        Assert.True(doc.TitleDerived);
        Assert.DoesNotContain("Tumaco", doc.Title);
        Assert.Equal(Lead, doc.Body[0].Text);
    }

    [Fact]
    public void Site_banner_before_the_lead_is_dropped()
    {
        var doc = Parse("InSight Crime", "Our new website is coming soon", "Publishing will pause for two weeks", Lead, Second);

        Assert.True(doc.TitleDerived);
        Assert.Equal([Lead, Second], doc.Body.Select(b => b.Text));
    }

    [Fact]
    public void Text_without_header_gets_a_short_derived_title_and_a_year_hint_but_no_date()
    {
        var doc = Parse(Lead, "The arrest follows a 2012 raid and a 2015 indictment in Miami, which named the man as a logistics chief.");

        Assert.True(doc.TitleDerived);
        Assert.StartsWith("Police in northern Honduras", doc.Title);
        Assert.True(doc.Title!.Length <= 60);
        Assert.Null(doc.Date);
        Assert.Equal(2015, doc.YearHint);
    }

    [Fact]
    public void Sentence_case_line_above_a_byline_is_the_title()
    {
        var doc = Parse("Capturan en Copán a dos jefes del clan Valle", "HONDURAS / 4 OCT 2014 POR ANA RUIZ ES",
            "La policía de Honduras capturó a dos hermanos acusados de dirigir el clan, según la fiscalía del país.");

        Assert.Equal("Capturan en Copán a dos jefes del clan Valle", doc.Title);
        Assert.False(doc.TitleDerived);
    }

    [Fact]
    public void Lone_title_case_line_without_breadcrumb_or_byline_is_flagged_as_uncertain()
    {
        var doc = Parse("Devis Leonel Rivera Maradiaga", Lead, Second);

        Assert.Equal("Devis Leonel Rivera Maradiaga", doc.Title);
        Assert.True(doc.TitleDerived);
        Assert.Contains(doc.Warnings, w => w.Contains("photo caption", StringComparison.Ordinal));
    }

    [Fact]
    public void Breadcrumb_cut_short_still_finds_the_title_line()
    {
        var doc = Parse("HomeNewsBriefHonduras Arrests Valle Clan Logis", "BRIEF",
            "Honduras Arrests Valle Clan Logistics Man", "HONDURAS / 7 JUN 2014 BY SAM PARKER EN", Lead);

        Assert.Equal("Honduras Arrests Valle Clan Logistics Man", doc.Title);
    }

    [Fact]
    public void Profile_kind_line_leaves_the_kind_to_the_content()
    {
        var doc = Parse("HomeHondurasCachorros", "PROFILES", "The Cachorros are a trafficking clan that moves cocaine across the border with Guatemala.",
            "History", Second, "Leadership", Third);

        Assert.Equal(DocumentKind.GroupProfile, doc.Kind);
    }

    [Fact]
    public void Derived_title_does_not_end_inside_a_name()
    {
        var doc = Parse("A wave of killings in the clan's old stronghold of Santa Rosa de Copan points to a new war over the cocaine routes, officials say.");

        Assert.Equal("A wave of killings in the clan's old stronghold", doc.Title);
    }

    [Fact]
    public void Question_headline_in_sentence_case_is_not_taken_for_the_lead()
    {
        var doc = Parse("InicioNoticiasAnálisis¿Está perdiendo fuerza el clan de los Valle en Copán?", "ANÁLISIS",
            "¿Está perdiendo fuerza el clan de los Valle en Copán?", "HONDURAS / 4 OCT 2014 POR ANA RUIZ ES",
            "La policía de Honduras capturó a dos hermanos acusados de dirigir el clan, según la fiscalía del país.");

        Assert.Equal("¿Está perdiendo fuerza el clan de los Valle en Copán?", doc.Title);
        Assert.Equal("Ana Ruiz", doc.Author);
        Assert.Single(doc.Body);
    }

    [Fact]
    public void Question_headline_above_a_byline_is_the_title()
    {
        var doc = Parse("¿Está perdiendo fuerza el clan de los Valle?", "HONDURAS / 4 OCT 2014 POR ANA RUIZ ES",
            "La policía de Honduras capturó a dos hermanos acusados de dirigir el clan, según la fiscalía del país.");

        Assert.Equal("¿Está perdiendo fuerza el clan de los Valle?", doc.Title);
        Assert.Equal(new DateOnly(2014, 10, 4), doc.Date);
    }

    [Fact]
    public void Title_that_starts_with_a_section_word_is_kept_whole()
    {
        var doc = Parse("HomeNewsBriefAnalysis Shows Clan Moved Cocaine by Sea", "BRIEF", "Analysis Shows Clan Moved Cocaine by Sea",
            "HONDURAS / 7 JUN 2014 BY SAM PARKER EN", Lead);

        Assert.Equal("Analysis Shows Clan Moved Cocaine by Sea", doc.Title);
        Assert.Equal(DocumentKind.Brief, doc.Kind);
    }

    [Fact]
    public void Breadcrumb_without_title_line_keeps_a_title_that_starts_with_a_section_word()
    {
        var doc = Parse("HomeNewsBriefAnalysis Shows Clan Moved Cocaine by Sea", "HONDURAS / 7 JUN 2014 BY SAM PARKER EN", Lead);

        Assert.Equal("Analysis Shows Clan Moved Cocaine by Sea", doc.Title);
        Assert.Equal(DocumentKind.Brief, doc.Kind);
    }

    [Fact]
    public void Short_lead_that_mentions_publishing_is_not_a_banner()
    {
        var doc = Parse("El Heraldo began publishing the leaked police files on Monday.", Second);

        Assert.Equal("El Heraldo began publishing the leaked police files on Monday.", doc.Body[0].Text);
    }

    [Fact]
    public void Banner_notice_in_full_sentences_does_not_reach_the_body()
    {
        var doc = Parse("InSight Crime", "We are moving to a new home on the web.", "No new articles will appear for a week.",
            "Thank you for your patience.", Lead, Second);

        Assert.Equal([Lead, Second], doc.Body.Select(b => b.Text));
    }

    [Fact]
    public void Caption_between_headline_and_byline_is_not_the_title()
    {
        var doc = Parse("Honduras Arrests Valle Clan Logistics Man", "Police escort the suspect in San Pedro Sula",
            "HONDURAS / 7 JUN 2014 BY SAM PARKER EN", Lead);

        Assert.Equal("Honduras Arrests Valle Clan Logistics Man", doc.Title);
        Assert.Equal([Lead], doc.Body.Select(b => b.Text));
    }
}

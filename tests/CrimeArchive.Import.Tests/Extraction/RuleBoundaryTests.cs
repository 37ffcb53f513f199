using CrimeArchive.Data;
using CrimeArchive.Import.Parsing;

namespace CrimeArchive.Import.Tests.Extraction;

/// <summary>What the rules for rivers, towns shaped like names, first names, saints' abbreviations, titles and
/// glosses must not take: each case is one a review found them taking.</summary>
public class RuleBoundaryTests
{
    [Fact]
    public void A_man_whose_first_name_ends_in_rio_names_no_river()
    {
        var x = ExtractionHelper.Run("The Cifuentes are a trafficking clan from Antioquia. Mario Cifuentes, its founder, was arrested in 2019.");

        Assert.Contains(x.Groups(), g => g.Name.Contains("Cifuentes", StringComparison.Ordinal));
    }

    [Fact]
    public void A_gang_the_text_says_is_one_keeps_the_name_it_shares_with_a_river()
    {
        var x = ExtractionHelper.Run("The Lempa is a gang that operates in San Salvador. Its name comes from the Lempa River, and its leader, Juan López, was arrested.");

        Assert.Contains(x.Groups(), g => g.Name == "Lempa");
    }

    [Fact]
    public void His_brother_by_first_name_is_no_officer_who_shares_it()
    {
        var x = ExtractionHelper.Run("Ramiro Soto, a police officer, was killed in 2020. Jorge Lagos leads the Valle Cartel. His brother Ramiro handles the money.");

        Assert.DoesNotContain("Ramiro", x.People().Single(p => p.Name == "Ramiro Soto").Aliases);
    }

    [Fact]
    public void A_second_given_name_after_the_last_first_name_is_no_surname()
    {
        var x = ExtractionHelper.RunSpanish("La Fiscalía acusó a los hermanos Mario y Juan Diego, cabecillas de Los Pachenca.");

        Assert.DoesNotContain(x.People(), p => p.Name == "Mario Diego");
    }

    [Fact]
    public void A_given_name_and_a_surname_give_a_brother_only_the_surname()
    {
        var x = ExtractionHelper.Run("Police arrested Juan Carlos Mendoza, 60, in Cali. The gang is now run by Carlos Mendoza, 30, and his brother Pedro.");

        Assert.DoesNotContain(x.People(), p => p.Name == "Pedro Carlos Mendoza");
    }

    [Fact]
    public void A_nickname_with_a_first_name_stays_with_the_man_the_pronoun_means_outside_his_family()
    {
        var x = ExtractionHelper.Run("Pablo Escobar died in 1993. Today, Carlos Restrepo runs the routes from Medellín. Residents call him \"Little Pablo.\"");

        Assert.DoesNotContain("Little Pablo", x.People().Single(p => p.Name == "Pablo Escobar").Aliases);
    }

    [Fact]
    public void A_man_named_after_a_place_and_y_with_his_post_after_him_is_a_man()
    {
        var x = ExtractionHelper.RunSpanish("La Marina detuvo a sicarios en Reynosa y Juan Morales, jefe del Cártel del Golfo, murió en el enfrentamiento.");

        Assert.Contains(x.People(), p => p.Name == "Juan Morales");
    }

    [Fact]
    public void A_town_shaped_name_after_in_with_an_apposition_that_describes_a_man_is_no_place()
    {
        var x = ExtractionHelper.Run("Police found no interest in Juan Santiago, a mechanic, until 2020, when he joined the Trinitarios.");

        Assert.DoesNotContain(x.Places(), p => p.Name == "Juan Santiago");
    }

    [Fact]
    public void A_street_ending_in_st_does_not_run_into_the_next_sentences_name()
    {
        var x = ExtractionHelper.Run("Gunmen opened fire outside a bar on King St. Kevin Brown, 34, died at the scene, police said.");

        Assert.Contains(x.People(), p => p.Name == "Kevin Brown");
    }

    [Fact]
    public void A_spanish_trade_word_after_an_article_stays_a_nickname()
    {
        var x = ExtractionHelper.RunSpanish("Aníbal Reyes Ortiz, alias “el Profesor”, fue capturado en Quito.");

        Assert.Contains("el Profesor", x.People().Single(p => p.Name == "Aníbal Reyes Ortiz").Aliases);
    }

    [Fact]
    public void A_gloss_after_two_coordinated_groups_is_neither_ones_name()
    {
        var x = ExtractionHelper.Run("The truce between Los Choneros and Los Lobos, or \"the Pact,\" collapsed in 2023.");

        Assert.DoesNotContain(x.Groups(), g => g.Aliases.Contains("Pact"));
    }

    [Fact]
    public void A_closing_paragraph_about_donations_after_a_read_next_line_is_kept()
    {
        const string closing = "Prosecutors say the gang laundered the payments through a nonprofit that ran soup kitchens in the port.";
        var doc = SourceTextParser.Parse(string.Join("\n", "Police in Varela seized a fishing boat carrying 400 kilos of cocaine on Sunday, and arrested its captain, a man who worked for the Tejo crew.",
            "", "Read next: Ecuador's prisons after the riots", "", closing));

        Assert.Contains(closing, doc.Body.Select(b => b.Text));
    }

    [Fact]
    public void A_brief_about_online_extortion_with_an_events_sidebar_is_not_skipped()
    {
        var doc = SourceTextParser.Parse(string.Join("\n", "Online Extortion Ring of Los Lobos Falls in Quito", "", "14 OCT 2031 | 10:30 AM", "",
            "Police in Quito dismantled an online extortion ring run by Los Lobos on Tuesday, arresting eleven people who threatened shopkeepers through messaging apps and collected payments by bank transfer.", "",
            "Prosecutors said the ring had collected more than 200,000 dollars since March, and that its members took orders from a prisoner in the Litoral penitentiary in Guayaquil.", "",
            "Upcoming events", "REGISTER"));

        Assert.Null(doc.SkipReason);
    }
}

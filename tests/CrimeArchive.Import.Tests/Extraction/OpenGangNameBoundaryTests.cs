using CrimeArchive.Data;

namespace CrimeArchive.Import.Tests.Extraction;

/// <summary>What the open rules for gang names, clubs, glosses, "call it" and family surnames must not take:
/// each case is one a review of session 29's change found them taking.</summary>
public class OpenGangNameBoundaryTests
{
    [Theory]
    [InlineData("Prosecutors said the Texas Rangers arrested Julio Ramos, a smuggler for the Gulf Cartel, near Laredo.", "Texas Rangers")]
    [InlineData("Kenroy Bailey, a former player for the Toronto Raptors, was charged with trafficking cocaine for the Sinaloa Cartel.", "Toronto Raptors")]
    [InlineData("Federal agents transferred him to the Islas Marías penal colony after his arrest in Sinaloa.", "Islas Marías")]
    [InlineData("The cash was hidden in a unit at the Harbour Road Apartments, where the Gulf Clan rented three flats.", "Harbour Road Apartments")]
    [InlineData("Ramón Arellano was a regular at the Jockey Club in Tijuana, where he met Jorge Hank Rhon.", "Jockey Club")]
    [InlineData("Agents say the money moved through the Rotary Club of Cali and a shell firm owned by Pedro Ruiz.", "Rotary Club")]
    public void A_capitalized_plural_or_club_that_is_no_gang_makes_no_group(string text, string notAGroup)
    {
        var x = ExtractionHelper.Run(text);

        Assert.DoesNotContain(x.Groups(), g => g.Name.Contains(notAGroup, StringComparison.Ordinal));
    }

    [Fact]
    public void A_man_whose_surname_ends_in_s_stays_a_man_before_the_noun_he_qualifies()
    {
        var x = ExtractionHelper.Run("Tomás Reyes, an accountant for the Gulf Cartel, was shot dead in March. Agents say the Tomás Reyes murder was ordered by Los Zetas.");

        Assert.Contains(x.People(), p => p.Name == "Tomás Reyes");
        Assert.DoesNotContain(x.Groups(), g => g.Name == "Tomás Reyes");
    }

    [Fact]
    public void A_family_plural_the_text_calls_a_gang_is_kept()
    {
        var x = ExtractionHelper.Run("Police arrested Ramón Alberto Tovar Lemus in Cúcuta. The gang he leads, the Tovar Lemuses, controls the border crossing.");

        Assert.Contains(x.Groups(), g => g.Name.Contains("Tovar Lemuses", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The Gulf Clan sells a pink powder made of ketamine in Medellín. Users call it Tusi.", "Tusi")]
    [InlineData("Los Choneros control the Litoral prison in Guayaquil. Inmates call it El Infierno.", "Infierno")]
    public void What_people_call_it_is_no_name_of_the_gang_unless_its_own_people_say_so(string text, string notAnAlias)
    {
        var x = ExtractionHelper.Run(text);

        Assert.DoesNotContain(x.Groups(), g => g.Aliases.Any(a => a.Contains(notAnAlias, StringComparison.Ordinal)));
    }

    [Fact]
    public void An_unquoted_gloss_followed_by_a_description_gives_no_place_as_alias()
    {
        var x = ExtractionHelper.Run("Members of Los Lobos – Spanish for Wolves, Ecuador's largest gang according to police – stormed the prison.");

        Assert.DoesNotContain(x.Groups(), g => g.Aliases.Contains("Ecuador"));
        Assert.Contains(x.Places(), p => p.Aliases.Contains("Ecuador"));
    }

    [Theory]
    [InlineData("Los hermanos de Ovidio Guzmán, Iván y Joaquín, siguen prófugos en Sinaloa, según la fiscalía.", "Ovidio Guzmán")]
    [InlineData("Los hermanos Jhon Jairo, Wilmer y Yeison dirigen la banda en Tumaco.", "Jhon Jairo")]
    public void The_brothers_of_a_named_man_or_with_a_two_word_first_name_get_no_invented_surname(string text, string kept)
    {
        var x = ExtractionHelper.RunSpanish(text);

        Assert.DoesNotContain(x.People(), p => p.Name.EndsWith(" " + kept, StringComparison.Ordinal));
    }

    [Fact]
    public void A_feminine_plural_article_before_a_surname_is_the_women_not_the_clan()
    {
        var x = ExtractionHelper.RunSpanish("El Clan Berrocal controla el muelle de Playa Serena. Según la policía, las Berrocal lavan el dinero.");

        Assert.DoesNotContain("las Berrocal", x.Groups().Single(g => g.Name == "Clan Berrocal").Aliases);
    }
}

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

    [Theory]
    [InlineData("Shots were fired at a house in Surrey linked to the Redwater Jackals, investigators said on Monday.", "Redwater Jackals")]
    [InlineData("The Redwater Jackals, police say, control most of the cocaine trade in the east end.", "Redwater Jackals")]
    [InlineData("Police say the Coldbrook Marmots fight for control of the north end.", "Coldbrook Marmots")]
    [InlineData("The Coldbrook Marmots leader, Dwayne Price, was arrested in Regina.", "Coldbrook Marmots")]
    public void An_open_plural_gang_keeps_its_name_before_a_comma_a_verb_or_its_leader(string text, string gang)
    {
        var x = ExtractionHelper.Run(text);

        Assert.Contains(x.Groups(), g => g.Name == gang);
    }

    [Theory]
    [InlineData("In Culiacán, the sons of Joaquín Guzmán are known as \"Los Chapitos\" and control the fentanyl trade.", "Joaquín Guzmán", "Los Chapitos")]
    [InlineData("Agents found a note in the car addressed to Ramón Díaz Ortega, \"Hasta Pronto.\"", "Ramón Díaz Ortega", "Hasta Pronto")]
    [InlineData("The banner hung from a bridge was signed by Juan Ramírez Soto, \"Los Zetas.\"", "Juan Ramírez Soto", "Los Zetas")]
    public void A_quoted_name_after_a_plural_verb_or_closing_a_lone_paragraph_is_no_nickname(string text, string person, string notAnAlias)
    {
        var x = ExtractionHelper.Run(text);

        Assert.DoesNotContain(notAnAlias, x.People().Single(p => p.Name == person).Aliases);
    }

    [Theory]
    [InlineData("The Sinaloa Cartel and the Culiacán Valley Gang share routes. Soldiers arrested Juan Pérez in Culiacán Valley on Friday.", "Culiacán Valley Gang")]
    [InlineData("The National Liberation Army (ELN) bombed a pipeline in Arauca. The Army said two soldiers were wounded in the attack.", "National Liberation Army")]
    public void A_place_or_the_state_army_is_no_short_form_of_a_group(string text, string group)
    {
        var x = ExtractionHelper.Run(text);

        var aliases = x.Groups().Single(g => g.Name == group).Aliases;
        Assert.DoesNotContain("Culiacán Valley", aliases);
        Assert.DoesNotContain("Army", aliases);
    }

    [Fact]
    public void A_family_in_apposition_to_his_family_is_no_gang()
    {
        var x = ExtractionHelper.Run("Police arrested Luis Enrique Calle Serna in Cali. His family, the Calle Sernas, owns three farms in Valle del Cauca.");

        Assert.DoesNotContain(x.Groups(), g => g.Name.Contains("Calle Sernas", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Los Lobos were founded in a Guayaquil prison in 2019. Members still call it La Manada.", true)]
    [InlineData("The Gulf Clan sells a pink powder in Medellín. Its members cut it with ketamine, and buyers call it Tusi.", false)]
    [InlineData("Los Choneros control the Litoral prison in Guayaquil. Their rivals call it El Infierno.", false)]
    public void Only_the_groups_own_people_name_it(string text, bool named)
    {
        var x = ExtractionHelper.Run(text);

        var aliases = x.Groups()[0].Aliases;
        Assert.Equal(named, aliases.Contains("La Manada"));
        Assert.DoesNotContain("Tusi", aliases);
        Assert.DoesNotContain("El Infierno", aliases);
    }

    [Fact]
    public void A_bikers_club_and_its_MC_are_one_group()
    {
        var x = ExtractionHelper.Run("In 2019 the Iron Moles Bikers Club opened a chapter in Hamilton. Police say the Iron Moles MC sells methamphetamine in the city.");

        Assert.Single(x.Groups());
    }

    [Fact]
    public void A_list_with_an_unknown_first_name_gets_no_invented_surname()
    {
        var x = ExtractionHelper.RunSpanish("Los hermanos Yeferson Andrey, Brayan y Carlos fueron capturados en Tumaco.");

        Assert.DoesNotContain(x.People(), p => p.Name.EndsWith(" Yeferson Andrey", StringComparison.Ordinal));
    }
}

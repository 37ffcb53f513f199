namespace CrimeArchive.Import.Tests.Extraction;

/// <summary>Gang names no word list foresees: any plural closing "the X Ys", a club of bikers, a corner gang
/// named after its street, and the other names a text gives one in a gloss or in a later sentence.</summary>
public class OpenGangNameTests
{
    [Fact]
    public void A_plural_no_list_knows_closes_a_gang_name_after_the()
    {
        var x = ExtractionHelper.Run("Police in Regina say the Coldbrook Marmots control the fentanyl trade in the north end. The Marmots' supplier is unknown.");

        var gang = Assert.Single(x.Groups());
        Assert.Equal("Coldbrook Marmots", gang.Name);
        Assert.Contains("Marmots", gang.Aliases);
    }

    [Fact]
    public void A_family_plural_of_a_named_man_is_no_gang()
    {
        var x = ExtractionHelper.Run("Police arrested Ramón Alberto Tovar Lemus in Cúcuta. The Tovar Lemuses had run the border crossing for a decade.");

        Assert.DoesNotContain(x.Groups(), g => g.Name.Contains("Tovar", StringComparison.Ordinal));
    }

    [Fact]
    public void The_United_States_and_the_Armed_Forces_are_no_gangs()
    {
        var x = ExtractionHelper.Run("Officials in the United States say the Armed Forces will patrol the border.");

        Assert.Empty(x.Groups());
    }

    [Fact]
    public void A_bikers_club_keeps_the_everyday_word_that_opens_its_name()
    {
        var x = ExtractionHelper.Run("Detectives believe the Copper Owls Motorcycle Club runs the labs east of Calgary. The Copper Owls deny it, and the Owls' president has not been charged.");

        var club = Assert.Single(x.Groups());
        Assert.Equal("Copper Owls Motorcycle Club", club.Name);
        Assert.Contains("Owls", club.Aliases);
        Assert.Empty(x.People());
    }

    [Fact]
    public void A_corner_gang_named_after_its_street_is_a_gang()
    {
        var x = ExtractionHelper.Run("Police say the Lansdowne Street Wolves sell crack in Hamilton.");

        Assert.Contains(x.Groups(), g => g.Name == "Lansdowne Street Wolves");
    }

    [Fact]
    public void A_name_a_later_sentence_says_members_call_the_group_is_its_alias()
    {
        var x = ExtractionHelper.Run("The Costa Negra gang is led by Edvaldo Pires, according to police in Belém. Its Spanish-speaking members refer to it as the Hermandad Costera.");

        var gang = Assert.Single(x.Groups());
        Assert.Contains("Hermandad Costera", gang.Aliases);
    }

    [Fact]
    public void A_translation_between_dashes_without_quotes_is_an_alias()
    {
        var x = ExtractionHelper.Run("The coalition, known as Lakou Flè – Creole for Flower Yard –, is led by Jonas Pierre-Louis.");

        var gang = Assert.Single(x.Groups());
        Assert.Contains("Flower Yard", gang.Aliases);
    }

    [Fact]
    public void A_bikers_club_under_its_letters_is_a_gang_and_its_name_without_them_is_its_alias()
    {
        var x = ExtractionHelper.Run("Two of the accused belong to the Grey Herons MC, an outlaw biker club. His cousin is the Grey Herons' treasurer.");

        var club = Assert.Single(x.Groups());
        Assert.Equal("Grey Herons MC", club.Name);
        Assert.Contains("Grey Herons", club.Aliases);
    }

    [Fact]
    public void The_same_club_with_its_designator_spelled_out_or_abbreviated_is_one_group()
    {
        var x = ExtractionHelper.Run("In 1994 the Iron Moles Motorcycle Club went to war with the Red Badgers Motorcycle Club. The Red Badgers MC remain their oldest enemy.");

        Assert.Equal(2, x.Groups().Count);
        Assert.Contains("Red Badgers MC", x.Groups().Single(g => g.Name == "Red Badgers Motorcycle Club").Aliases);
    }

    [Fact]
    public void A_clan_named_before_or_after_its_surname_is_one_clan()
    {
        var x = ExtractionHelper.Run("The Maldonado clan moves cocaine by barge. Police say the Clan Maldonado pays officers in Iquitos.");

        var clan = Assert.Single(x.Groups());
        Assert.Contains("Clan Maldonado", clan.Aliases);
    }

    [Fact]
    public void The_Gulf_Cartel_and_the_Gulf_Clan_stay_two_groups()
    {
        var x = ExtractionHelper.RunSpanish("El Cartel del Golfo y el Clan del Golfo se disputan Reynosa desde 2020.");

        Assert.Equal(2, x.Groups().Count);
    }

    [Fact]
    public void An_everyday_plural_opening_a_sentence_after_The_is_the_gang_it_ends()
    {
        var x = ExtractionHelper.Run("The gang's main enemies are the Ninth Street Soldiers, led by Kareem Joseph. The Soldiers have tried to buy rifles in Venezuela.");

        Assert.Contains("Soldiers", x.Groups().Single(g => g.Name == "Ninth Street Soldiers").Aliases);
    }

    [Fact]
    public void An_everyday_plural_after_the_inside_a_sentence_is_the_gang_it_ends()
    {
        var x = ExtractionHelper.Run("The rifles were bound for the Eastgate Kings, a street gang from Brampton. Police say the Kings resold part of the shipment.");

        Assert.Contains("Kings", x.Groups().Single(g => g.Name == "Eastgate Kings").Aliases);
    }

    [Fact]
    public void The_army_after_the_inside_a_sentence_is_the_states_not_the_guerrillas()
    {
        var x = ExtractionHelper.Run("The National Liberation Army attacked a rural base in Arauca. Officials said the Army lost three soldiers in the assault.");

        Assert.DoesNotContain("Army", x.Groups().Single(g => g.Name == "National Liberation Army").Aliases);
    }

    [Fact]
    public void A_faction_that_took_a_name_is_a_new_group_not_its_parent()
    {
        var x = ExtractionHelper.Run("After the death of its founder, the Cartel del Altiplano split in two. The son's faction took the name Los Linces; the brothers' faction became known as Los Gavilanes.");

        Assert.DoesNotContain("Los Linces", x.Groups().Single(g => g.Name == "Cartel del Altiplano").Aliases);
        Assert.Contains(x.Groups(), g => g.Name == "Los Linces");
    }

    [Fact]
    public void The_gang_that_took_a_name_keeps_it_as_an_alias()
    {
        var x = ExtractionHelper.Run("Los Coyotes control the port of Tumbes. In 2019 the gang took the name Los Lobos del Mar.");

        Assert.Contains("Los Lobos del Mar", Assert.Single(x.Groups()).Aliases);
    }

    [Fact]
    public void A_name_the_group_is_more_widely_called_after_its_acronym_is_its_alias()
    {
        var x = ExtractionHelper.Run("The Valdorian Patriotic Militia (Milicia Patriótica Valdoriana – MPV), more widely called Los Grises, taxes the river barges.");

        Assert.Contains("Los Grises", Assert.Single(x.Groups()).Aliases);
    }
}

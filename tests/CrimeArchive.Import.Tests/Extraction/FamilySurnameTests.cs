using CrimeArchive.Data;

namespace CrimeArchive.Import.Tests.Extraction;

/// <summary>The family's plural that names its clan rather than one of its men, and lists of brothers that
/// give no surname a given name.</summary>
public class FamilySurnameTests
{
    [Fact]
    public void A_surname_with_a_capitalized_particle_keeps_it_for_the_clan_and_the_man()
    {
        var x = ExtractionHelper.Run("Police traced the trucks to the Del Carpio clan. Within two years the Del Carpios were charging every boat on the lake.",
            "Saturnino Del Carpio Gorostiza, the clan's top boss, surrendered on Tuesday. The Del Carpio family denies the charges.");

        var clan = x.Groups().Single();
        Assert.Equal("Del Carpio clan", clan.Name);
        Assert.Contains("Del Carpios", clan.Aliases);
        Assert.Contains("Del Carpio family", clan.Aliases);
        Assert.True(x.Has("Saturnino Del Carpio Gorostiza", RelationshipType.LeaderOf, "Del Carpio clan"));
    }

    [Theory]
    // A capitalized particle before one last word is a place's ("Costa Del Sol"), not a surname's.
    [InlineData("The cargo was flown from Costa Del Sol to Morocco.")]
    [InlineData("Los sicarios huyeron por el Paseo De La Reforma tras el ataque.")]
    public void A_place_with_a_capitalized_particle_is_no_person(string text)
    {
        var x = ExtractionHelper.Run(text);

        Assert.Empty(x.People());
    }

    [Fact]
    public void A_given_name_first_in_the_list_is_no_surname()
    {
        var x = ExtractionHelper.RunSpanish("Los hermanos Rogelio, Octavio y Anselmo Luzardo dirigen la red en Manzanillo.");

        Assert.DoesNotContain(x.People(), p => p.Name.StartsWith("Octavio Rogelio", StringComparison.Ordinal));
    }

    [Fact]
    public void A_surname_after_a_plural_article_is_the_clan_not_the_man()
    {
        var x = ExtractionHelper.RunSpanish("Ignacio Berrocal, hermano del jefe del Clan Berrocal, fue detenido en Playa Serena. Según la policía, los Berrocal controlan el muelle desde 2015.");

        Assert.Contains("los Berrocal", x.Groups().Single(g => g.Name == "Clan Berrocal").Aliases);
        Assert.DoesNotContain(x.People().Single(p => p.Name == "Ignacio Berrocal").Aliases, a => a.EndsWith("Berrocal", StringComparison.Ordinal) && a != "Ignacio Berrocal");
    }

    [Fact]
    public void A_surname_that_is_also_a_given_name_is_shared_where_the_text_gave_it_as_a_surname()
    {
        var x = ExtractionHelper.Run("The killings were ordered by Jonathan Vera Chóez. His lieutenants, brothers Cristian and Lautaro Vera, carried them out in Machala.");

        Assert.Contains(x.People(), p => p.Name == "Cristian Vera");
    }

    [Fact]
    public void A_given_name_after_another_with_no_one_bearing_it_as_a_surname_stays_a_given_name()
    {
        var x = ExtractionHelper.RunSpanish("Los hermanos Pedro y José Luis dirigen la banda en Tumaco.");

        Assert.DoesNotContain(x.People(), p => p.Name == "Pedro Luis");
    }

    [Fact]
    public void Two_ports_joined_by_and_are_no_siblings_sharing_a_surname()
    {
        var x = ExtractionHelper.Run("The clan receives cocaine around Puerto Barrios and San Felipe de Lara, according to prosecutors.");

        Assert.Empty(x.People());
    }
    [Fact]
    public void A_surname_with_the_article_or_before_a_noun_is_the_family_not_its_boss()
    {
        var x = ExtractionHelper.Run("The Zubeldía clan, led by Octavio Zubeldía Beltré, controls the cattle trails of the valley. Los Tordos, a younger gang, has been fighting the Zubeldía for the landing strips since 2014.",
            "Two Zubeldía gunmen were arrested at the market. Zubeldía himself was seen in Salta.");

        var clan = x.Groups().Single(g => g.Name == "Zubeldía clan");
        Assert.Equal(2, clan.Aliases.Count(a => a == "Zubeldía" || a == "Zubeldía clan"));
        Assert.True(x.Has("Los Tordos", RelationshipType.RivalOf, "Zubeldía clan"));
        // Alone, with neither the article nor a noun after it, the surname stays the man's.
        Assert.Contains("Zubeldía", x.People().Single(p => p.Name == "Octavio Zubeldía Beltré").Aliases);
    }

    [Fact]
    public void A_surname_before_a_verb_or_inside_a_longer_group_name_is_not_the_family()
    {
        var x = ExtractionHelper.Run("The Gastelum family moved the cocaine through the port. Its patriarch, Ramón Gastelum Irízar, denies it.",
            "Gastelum controls the docks, and the Gastelum crime ring is said to pay the customs men.");

        Assert.Contains("Gastelum", x.People().Single(p => p.Name == "Ramón Gastelum Irízar").Aliases);
    }

    [Fact]
    public void A_double_surname_family_is_called_by_the_plural_of_its_first_surname_or_of_both()
    {
        var x = ExtractionHelper.Run("Police say the ring ships through the Ocharán Tomasino family, a clan based on the coast. The Ocharáns, headed by Elías Ocharán Tomasino, have worked with the ring since 2005.",
            "Prosecutors believe the Ocharán Tomasinos could not have grown without help.");

        var family = x.Groups().Single(g => g.Name == "Ocharán Tomasino family");
        Assert.Contains("Ocharáns", family.Aliases);
        Assert.Contains("Ocharán Tomasinos", family.Aliases);
    }

    [Fact]
    public void A_crime_family_and_the_family_of_one_surname_are_one_group()
    {
        var x = ExtractionHelper.Run("For a decade the war between Los Tordos and the Larraburu family has been fought in the streets of Rosario.",
            "On the other side is the Larraburu crime family, led by its matriarch, Nélida Larraburu. The Larraburus control the retail trade.");

        var family = x.Groups().Single(g => g.Name != "Los Tordos");
        Assert.Equal("Larraburu family", family.Name);
        Assert.Contains("Larraburu crime family", family.Aliases);
        Assert.Contains("Larraburus", family.Aliases);
        Assert.True(x.Has("Nélida Larraburu", RelationshipType.LeaderOf, "Larraburu family"));
    }
    [Fact]
    public void A_clan_named_by_the_plural_article_and_surname_is_a_group_not_its_man()
    {
        var x = ExtractionHelper.RunSpanish("Las autoridades capturaron a Ramiro Quillca Pozo, quien junto con sus primos dirigía el clan de los Quillca.",
            "El clan Ayquipa, enemigo histórico de los Quillca, podría quedarse con sus rutas.");

        var clan = x.Groups().Single(g => g.Name == "clan de los Quillca");
        Assert.Contains("los Quillca", clan.Aliases);
        Assert.DoesNotContain("Quillca", x.People().Named("Ramiro Quillca Pozo").Aliases);
        Assert.True(x.Has("clan Ayquipa", RelationshipType.RivalOf, "clan de los Quillca"));
    }
    [Fact]
    public void A_surname_before_something_of_the_mans_or_his_kin_stays_his()
    {
        var x = ExtractionHelper.Run("The Góngora clan is led by Ramiro Góngora Iturralde. Police gave Góngora money to testify.",
            "Juan Villalva worked for Góngora years ago, prosecutors said. The Góngora trial opens Monday, and the Góngora brothers deny it.");

        Assert.DoesNotContain("Góngora", x.Groups().Single().Aliases);
        Assert.False(x.Has("Juan Villalva", RelationshipType.MemberOf, "Góngora clan"));
    }
}

using CrimeArchive.Data;

namespace CrimeArchive.Import.Tests.Extraction;

/// <summary>A family's surnames written once for the brothers listed after them, and the family's plural
/// that names its clan rather than one of its men.</summary>
public class FamilySurnameTests
{
    [Fact]
    public void Two_surnames_a_comma_and_first_names_give_each_brother_both_surnames()
    {
        var x = ExtractionHelper.RunSpanish("Los hermanos Luzardo Pineda, Rogelio y Octavio, dirigen la red de contrabando en Manzanillo.");

        Assert.Equal(["Octavio Luzardo Pineda", "Rogelio Luzardo Pineda"], x.People().Select(p => p.Name).Order());
        Assert.True(x.Has("Rogelio Luzardo Pineda", RelationshipType.SiblingOf, "Octavio Luzardo Pineda")
            || x.Has("Octavio Luzardo Pineda", RelationshipType.SiblingOf, "Rogelio Luzardo Pineda"));
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
}

using CrimeArchive.Data;

namespace CrimeArchive.Import.Tests.Extraction;

/// <summary>"Frente 41 de las FRU": a unit named together with the group it belongs to is two groups.</summary>
public class UnitOfParentTests
{
    [Theory]
    [InlineData("Police arrested a commander of the Gorrión Front of the Southern Liberation Army.", "Gorrión Front", "Southern Liberation Army")]
    [InlineData("Un antiguo combatiente del Frente 52 de las FRC murió en la emboscada.", "Frente 52", "FRC")]
    [InlineData("Una cuadrilla de Los Mirlos del Cártel del Río Seco atacó el pueblo.", "Los Mirlos", "Cártel del Río Seco")]
    [InlineData("Juan Soto es cabecilla de la subestructura Garzas del Sinú del Clan del Golfo Norte, según la Policía.", "Garzas del Sinú", "Clan del Golfo Norte")]
    public void The_unit_is_a_member_of_the_group_its_name_ends_with(string sentence, string unit, string parent)
    {
        var x = ExtractionHelper.Run(sentence);

        Assert.Contains(x.Groups(), g => g.Name == unit);
        Assert.Contains(x.Groups(), g => g.Name == parent);
        Assert.True(x.Has(unit, RelationshipType.MemberOf, parent));
    }

    [Fact]
    public void A_spelled_out_gloss_after_the_unit_names_the_parent_only()
    {
        var x = ExtractionHelper.Run(
            "Soldiers killed a commander of the Gorrión Front of the Southern Liberation Army (Ejército Austral de Liberación – EAL) in June.");

        var army = x.Groups().Named("Southern Liberation Army");
        Assert.Contains("EAL", army.Aliases);
        Assert.Contains("Ejército Austral de Liberación", army.Aliases);
        Assert.Contains(x.Groups(), g => g.Name == "Gorrión Front");
    }

    [Theory]
    [InlineData("Las Fuerzas Armadas Revolucionarias de Colombia firmaron la paz.")]
    [InlineData("The Knights of the Valley Cartel sold the port to the highest bidder.")]
    public void A_name_whose_of_phrase_is_a_place_or_generic_stays_whole(string sentence)
    {
        var x = ExtractionHelper.Run(sentence);

        Assert.Single(x.Groups());
    }

    [Fact]
    public void A_participle_after_a_unit_of_a_group_describes_the_unit()
    {
        var x = ExtractionHelper.Run("The Pinecrest faction of the Harrow Crew, headed by Ned Voss, runs the docks.");

        Assert.True(x.Has("Ned Voss", RelationshipType.LeaderOf, "Pinecrest faction"));
        Assert.False(x.Has("Ned Voss", RelationshipType.LeaderOf, "Harrow Crew"));
    }

    [Fact]
    public void A_participle_after_a_faction_in_apposition_describes_the_faction()
    {
        var x = ExtractionHelper.Run("The Tejones, a faction of Los Lobos Grises headed by Iván Cerna, control the port.");

        Assert.True(x.Has("Iván Cerna", RelationshipType.LeaderOf, "Tejones"));
        Assert.False(x.Has("Iván Cerna", RelationshipType.LeaderOf, "Los Lobos Grises"));
    }

    [Theory]
    [InlineData("The Hermandad del Páramo is split into regional blocs. Its Western Ridge Bloc today holds much of the valley.", "Hermandad del Páramo")]
    // The owner is the group just before "and", not the one in focus.
    [InlineData("The Hermandad del Páramo fights on two fronts. Its main enemies are the Cartel del Yeso and its Western Ridge Bloc.", "Cartel del Yeso")]
    public void A_unit_named_after_its_possessive_belongs_to_the_owner(string text, string owner)
    {
        var x = ExtractionHelper.Run(text);
        Assert.Contains(x.Entities, e => e.Name == "Western Ridge Bloc");
        Assert.True(x.Has("Western Ridge Bloc", RelationshipType.MemberOf, owner), string.Join("; ", x.Relationships.Select(r => $"{r.Subject.Name} {r.Type} {r.Object.Name}")));
    }
}

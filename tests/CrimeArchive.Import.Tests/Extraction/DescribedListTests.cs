using CrimeArchive.Data;

namespace CrimeArchive.Import.Tests.Extraction;

/// <summary>A list of names set beside their descriptions ("her brother-in-law, A, and an accountant, B,
/// both members of") keeps every name.</summary>
public class DescribedListTests
{
    [Fact]
    public void Both_described_names_before_ambos_are_members()
    {
        var x = ExtractionHelper.RunSpanish("Su cuñado, Horacio Benavides Tello, y una contadora, Rita Alarcón, ambos miembros de Los Ñandúes, quedaron libres.");
        Assert.True(x.Has("Horacio Benavides Tello", RelationshipType.MemberOf, "Los Ñandúes"));
        Assert.True(x.Has("Rita Alarcón", RelationshipType.MemberOf, "Los Ñandúes"));
    }

    [Fact]
    public void A_name_with_its_own_names_in_parentheses_after_a_comma_is_the_next_of_a_list()
    {
        var x = ExtractionHelper.Run("Last year Los Trípoles, the Pinabete Cartel (Cártel del Pinabete – CDP) and the Ulloa clan formed a loose pact.");
        var tripoles = x.Entities.Single(e => e.Name == "Los Trípoles");
        Assert.DoesNotContain("Pinabete Cartel", tripoles.Aliases);
        Assert.Contains(x.Entities, e => e.Aliases.Contains("Pinabete Cartel") && e.Aliases.Contains("CDP"));
    }

    [Theory]
    [InlineData("Ovidio Carranza Peña, known as \"El Toro\" (The Bull), and Teófilo Barrera Ruiz, both members of Los Quebrantos, rented a ranch.")]
    [InlineData("Ovidio Carranza Peña, alias \"Toro,\" and Teófilo Barrera Ruiz, known as \"Chivo,\" both members of Los Quebrantos, rented a ranch.")]
    public void Names_with_nicknames_in_quotes_and_glosses_before_both_are_members(string text)
    {
        var x = ExtractionHelper.Run(text);
        Assert.True(x.Has("Ovidio Carranza Peña", RelationshipType.MemberOf, "Los Quebrantos"));
        Assert.True(x.Has("Teófilo Barrera Ruiz", RelationshipType.MemberOf, "Los Quebrantos"));
    }
}

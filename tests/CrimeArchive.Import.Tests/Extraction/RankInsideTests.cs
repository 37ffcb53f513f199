using CrimeArchive.Data;

namespace CrimeArchive.Import.Tests.Extraction;

/// <summary>A rank held inside one prison is a membership, not the group's leadership; and a list of
/// names set beside their descriptions ("her brother-in-law, A, and an accountant, B, both members of")
/// keeps every name.</summary>
public class RankInsideTests
{
    [Fact]
    public void The_gangs_chief_in_one_prison_is_a_member()
    {
        var x = ExtractionHelper.Run("Saturnino Ocaña Vidal had earlier served as Los Ñandúes' chief in the Litoral prison.");
        Assert.True(x.Has("Saturnino Ocaña Vidal", RelationshipType.MemberOf, "Los Ñandúes"));
        Assert.False(x.Has("Saturnino Ocaña Vidal", RelationshipType.LeaderOf, "Los Ñandúes"));
    }

    [Fact]
    public void A_leader_jailed_in_a_prison_stays_the_leader()
    {
        var x = ExtractionHelper.Run("Saturnino Ocaña Vidal, the leader of Los Ñandúes, was jailed in the Litoral prison.");
        Assert.True(x.Has("Saturnino Ocaña Vidal", RelationshipType.LeaderOf, "Los Ñandúes"));
    }

    [Fact]
    public void Both_described_names_before_ambos_are_members()
    {
        var x = ExtractionHelper.RunSpanish("Su cuñado, Horacio Benavides Tello, y una contadora, Rita Alarcón, ambos miembros de Los Ñandúes, quedaron libres.");
        Assert.True(x.Has("Horacio Benavides Tello", RelationshipType.MemberOf, "Los Ñandúes"));
        Assert.True(x.Has("Rita Alarcón", RelationshipType.MemberOf, "Los Ñandúes"));
    }
}

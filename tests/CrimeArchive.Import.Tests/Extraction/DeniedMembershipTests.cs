using CrimeArchive.Data;

namespace CrimeArchive.Import.Tests.Extraction;

/// <summary>A denial of membership takes back the membership a job for the group suggested, in the same
/// sentence or, said of a pronoun, in the sentence after: the helper is the group's ally.</summary>
public class DeniedMembershipTests
{
    [Theory]
    [InlineData("Eusebia Tornero Gil collected fees for Los Cuervos; she was never a member, the ruling says, but took a cut.")]
    [InlineData("Eusebia Tornero Gil handled the radios for Los Cuervos. Investigators do not accuse her of belonging to the gang.")]
    [InlineData("The indictment did not accuse Eusebia Tornero Gil of being a member of Los Cuervos.")]
    public void A_denied_membership_is_an_alliance(string text)
    {
        var x = ExtractionHelper.Run(text);
        Assert.False(x.Has("Eusebia Tornero Gil", RelationshipType.MemberOf, "Los Cuervos"));
        Assert.True(x.Has("Eusebia Tornero Gil", RelationshipType.AllyOf, "Los Cuervos"));
    }

    [Theory]
    // A denial aimed at another group, a relative clause about someone else, a possessive "her".
    [InlineData("Eusebia Tornero Gil is a member of Los Cuervos. She was never a member of Los Halcones, police said.")]
    [InlineData("Eusebia Tornero Gil is a member of Los Cuervos. She has a nephew who was never part of the gang.")]
    [InlineData("Eusebia Tornero Gil is a member of Los Cuervos. Police do not consider her brother a member of the gang.")]
    [InlineData("Eusebia Tornero Gil, a member of Los Cuervos, shot a shopkeeper who was not a member, police said.")]
    public void A_denial_about_someone_or_something_else_keeps_the_membership(string text)
    {
        var x = ExtractionHelper.Run(text);
        Assert.True(x.Has("Eusebia Tornero Gil", RelationshipType.MemberOf, "Los Cuervos"));
        Assert.False(x.Has("Eusebia Tornero Gil", RelationshipType.AllyOf, "Los Cuervos"));
    }

    [Fact]
    public void A_denial_about_a_named_person_in_the_next_sentence_keeps_the_membership_before()
    {
        var x = ExtractionHelper.Run("Eusebia Tornero Gil handled the radios for Los Cuervos. Her lawyer, Ramiro Quintas, is not a member of the gang.");
        Assert.False(x.Has("Eusebia Tornero Gil", RelationshipType.AllyOf, "Los Cuervos"));
    }

    [Theory]
    [InlineData("en", "Los Mirlos control the port. Ramiro Tuna Vega held talks with representatives of Los Mirlos at a ranch.")]
    [InlineData("en", "Los Mirlos control the port. Ramiro Tuna Vega met with Los Mirlos envoys last year to seek a truce.")]
    [InlineData("es", "Los Mirlos controlan el puerto. Ramiro Tuna Vega, integrante de la milicia, murió asesinado por hombres de Los Mirlos.")]
    public void Meeting_the_groups_people_or_being_struck_by_them_is_no_membership(string lang, string text)
    {
        var x = lang == "es" ? ExtractionHelper.RunSpanish(text) : ExtractionHelper.Run(text);
        Assert.False(x.Has("Ramiro Tuna Vega", RelationshipType.MemberOf, "Los Mirlos"));
    }

    [Fact]
    public void A_member_who_met_other_people_stays_a_member()
    {
        var x = ExtractionHelper.Run("Ramiro Tuna Vega, a member of Los Mirlos, met with the mayor last year.");
        Assert.True(x.Has("Ramiro Tuna Vega", RelationshipType.MemberOf, "Los Mirlos"));
    }
}

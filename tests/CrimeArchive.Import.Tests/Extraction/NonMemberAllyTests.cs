using CrimeArchive.Data;

namespace CrimeArchive.Import.Tests.Extraction;

/// <summary>Whoever a sentence says works for a group without being one of its members is the group's ally.</summary>
public class NonMemberAllyTests
{
    [Theory]
    [InlineData("Nerio Talavera rents his boats to Los Carriceros, although he is not a member of the gang, prosecutors said.")]
    [InlineData("Nerio Talavera has ferried cargo for Los Carriceros since 2015 without belonging to the gang.")]
    [InlineData("Prosecutors did not consider Nerio Talavera a gang member, but said he laundered money for Los Carriceros.")]
    [InlineData("Police do not think Nerio Talavera belonged to Los Carriceros, but say he laundered their cash for years.")]
    public void A_helper_who_is_not_a_member_is_an_ally(string sentence)
    {
        var x = ExtractionHelper.Run(sentence);
        Assert.True(x.Has("Nerio Talavera", RelationshipType.AllyOf, "Los Carriceros"));
        Assert.False(x.Has("Nerio Talavera", RelationshipType.MemberOf, "Los Carriceros"));
    }

    [Fact]
    public void A_Spanish_gang_that_works_for_another_without_belonging_is_its_ally()
    {
        var x = ExtractionHelper.RunSpanish("Los Carriceros no forman parte de la Banda Ocho, pero trabajan para ella desde hace años.");
        Assert.True(x.Has("Los Carriceros", RelationshipType.AllyOf, "Banda Ocho"));
        Assert.False(x.Has("Los Carriceros", RelationshipType.MemberOf, "Banda Ocho"));
    }

    [Fact]
    public void Not_a_member_of_any_gang_says_nothing_of_the_group_at_hand()
    {
        var x = ExtractionHelper.Run("Nerio Talavera, who was not a member of any gang, was shot by Los Carriceros in March.");
        Assert.DoesNotContain(x.Relationships, r => r.Type == RelationshipType.AllyOf);
    }

    [Fact]
    public void With_two_people_named_the_sentence_does_not_say_who_helps()
    {
        var x = ExtractionHelper.Run(
            "Nerio Talavera and Leandro Peñuela moved cash for Los Carriceros, though one of them was not a member of the gang.");
        Assert.DoesNotContain(x.Relationships, r => r.Type == RelationshipType.AllyOf);
    }

    [Fact]
    public void A_denial_about_someone_else_leaves_the_membership()
    {
        var x = ExtractionHelper.Run("Nerio Talavera, a member of Los Carriceros, shot a shopkeeper who was not part of the conflict.");
        Assert.True(x.Has("Nerio Talavera", RelationshipType.MemberOf, "Los Carriceros"));
        Assert.False(x.Has("Nerio Talavera", RelationshipType.AllyOf, "Los Carriceros"));
    }

    [Fact]
    public void A_victim_of_no_gang_is_not_his_killers_ally()
    {
        var x = ExtractionHelper.RunSpanish("Nerio Talavera, que no formaba parte de ninguna banda, fue asesinado por Los Carriceros.");
        Assert.DoesNotContain(x.Relationships, r => r.Type == RelationshipType.AllyOf);
    }

    [Fact]
    public void Two_groups_outside_a_truce_are_not_allies()
    {
        var x = ExtractionHelper.Run("The army said Los Carriceros and the Banda Ocho are not part of the ceasefire.");
        Assert.DoesNotContain(x.Relationships, r => r.Type == RelationshipType.AllyOf);
    }

    [Fact]
    public void Spanish_authorities_not_counting_him_a_member_make_him_an_ally()
    {
        var x = ExtractionHelper.RunSpanish("Las autoridades no consideran a Nerio Talavera integrante de Los Carriceros, aunque colaboraba con ellos.");
        Assert.True(x.Has("Nerio Talavera", RelationshipType.AllyOf, "Los Carriceros"));
        Assert.False(x.Has("Nerio Talavera", RelationshipType.MemberOf, "Los Carriceros"));
    }

    [Theory]
    [InlineData("Police do not think that Nerio Talavera, who belonged to Los Carriceros, acted alone.")]
    [InlineData("La fiscalía no consideró a Nerio Talavera, integrante de Los Carriceros, sospechoso del crimen.")]
    public void A_denial_of_something_else_past_a_comma_leaves_the_membership(string sentence)
    {
        var x = sentence.StartsWith("La ", StringComparison.Ordinal) ? ExtractionHelper.RunSpanish(sentence) : ExtractionHelper.Run(sentence);
        Assert.False(x.Has("Nerio Talavera", RelationshipType.AllyOf, "Los Carriceros"));
    }

    [Fact]
    public void A_denied_membership_of_a_group_named_only_by_a_description_is_no_membership()
    {
        var x = ExtractionHelper.Run("Los Carriceros run the port. Police do not think Nerio Talavera belonged to the gang, but say he laundered its cash for years.");
        Assert.False(x.Has("Nerio Talavera", RelationshipType.MemberOf, "Los Carriceros"));
        Assert.True(x.Has("Nerio Talavera", RelationshipType.AllyOf, "Los Carriceros"));
    }
}

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
    // The denial aimed at the group's ranks.
    [InlineData("Nerio Talavera has laundered money for Los Carriceros without ever joining its ranks.")]
    // "no member of", and a denial that names no group, right after the helper.
    [InlineData("The judge ruled Nerio Talavera was no member of Los Carriceros but had been working with it since 2017.")]
    [InlineData("Investigators say Nerio Talavera, who is not a gang member himself, has worked for Los Carriceros since 2015.")]
    public void A_helper_who_is_not_a_member_is_an_ally(string sentence)
    {
        var x = ExtractionHelper.Run(sentence);
        Assert.True(x.Has("Nerio Talavera", RelationshipType.AllyOf, "Los Carriceros"));
        Assert.False(x.Has("Nerio Talavera", RelationshipType.MemberOf, "Los Carriceros"));
    }

    [Theory]
    [InlineData("Investigator Marta Lisboa said Zoilo Benjumea was not a member of Los Teros Pardos but had worked with the gang since 2014.")]
    [InlineData("Zoilo Benjumea, who is not a member of Los Teros Pardos, has laundered money for it, investigator Marta Lisboa said.")]
    public void The_helper_is_the_person_the_denial_follows(string sentence)
    {
        var x = ExtractionHelper.Run(sentence);
        Assert.True(x.Has("Zoilo Benjumea", RelationshipType.AllyOf, "Los Teros Pardos"));
        Assert.False(x.Has("Marta Lisboa", RelationshipType.AllyOf, "Los Teros Pardos"));
    }

    [Theory]
    [InlineData("Zoilo Benjumea no integraba Los Teros Pardos, pero desde 2015 trabajaba para la banda.")]
    [InlineData("Zoilo Benjumea trabaja para Los Teros Pardos como prestanombres, aunque no integra la banda.")]
    public void A_Spanish_helper_who_does_not_make_up_the_gang_is_its_ally(string sentence)
    {
        var x = ExtractionHelper.RunSpanish(sentence);
        Assert.True(x.Has("Zoilo Benjumea", RelationshipType.AllyOf, "Los Teros Pardos"));
        Assert.False(x.Has("Zoilo Benjumea", RelationshipType.MemberOf, "Los Teros Pardos"));
    }

    [Theory]
    [InlineData("Los Teros Pardos and the Banda del Pontón share the docks of Tocaima. The notary Zoilo Benjumea is not a member of either network, but he did work for both.")]
    [InlineData("Los Teros Pardos and the Banda del Pontón share the docks of Tocaima. Zoilo Benjumea belonged to neither gang but worked with both of them.")]
    public void A_helper_of_both_is_the_ally_of_the_two_groups_named_last(string text)
    {
        var x = ExtractionHelper.Run(text);
        Assert.True(x.Has("Zoilo Benjumea", RelationshipType.AllyOf, "Los Teros Pardos"));
        Assert.True(x.Has("Zoilo Benjumea", RelationshipType.AllyOf, "Banda del Pontón"));
    }

    [Fact]
    public void A_bystander_who_was_part_of_neither_gang_is_no_ally_nor_member()
    {
        var x = ExtractionHelper.Run("Los Teros Pardos and the Banda del Pontón signed a truce. "
            + "Zoilo Benjumea, a shopkeeper who was not part of either gang, was killed in the crossfire.");
        Assert.DoesNotContain(x.Relationships, r => r.Subject.Name == "Zoilo Benjumea");
    }

    [Fact]
    public void A_denial_in_a_clause_of_its_own_is_not_the_listeners()
    {
        var x = ExtractionHelper.Run("Zoilo Benjumea told Judge Marta Lisboa on Monday that he had never been a member of Los Teros Pardos.");
        Assert.False(x.Has("Marta Lisboa", RelationshipType.AllyOf, "Los Teros Pardos"));
    }

    [Fact]
    public void A_Spanish_helper_of_both_is_the_ally_of_each()
    {
        var x = ExtractionHelper.RunSpanish("Los Teros Pardos y la Banda del Pontón se reparten el puerto de Tocaima. "
            + "Según los fiscales, Zoilo Benjumea colaboraba con ambas organizaciones sin integrar ninguna.");
        Assert.True(x.Has("Zoilo Benjumea", RelationshipType.AllyOf, "Los Teros Pardos"));
        Assert.True(x.Has("Zoilo Benjumea", RelationshipType.AllyOf, "Banda del Pontón"));
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

    [Fact]
    public void Staying_out_of_the_groups_armed_wing_denies_no_membership_of_the_group()
    {
        var x = ExtractionHelper.Run("Nerio Talavera belonged to Los Carriceros for years but worked for them without ever joining its armed wing.");
        Assert.True(x.Has("Nerio Talavera", RelationshipType.MemberOf, "Los Carriceros"));
        Assert.False(x.Has("Nerio Talavera", RelationshipType.AllyOf, "Los Carriceros"));
    }

    // "who was not a gang member" about someone else the member of the gang met says nothing of him; "no ordinary member"
    // is a member.
    [Theory]
    [InlineData("Nerio Talavera, a member of Los Carriceros, shot a shopkeeper who was not a gang member.")]
    [InlineData("Nerio Talavera was no ordinary member of Los Carriceros: he ran its finances for a decade.")]
    public void A_denial_about_another_person_or_a_litotes_leaves_the_membership(string sentence) =>
        Assert.False(ExtractionHelper.Run(sentence).Has("Nerio Talavera", RelationshipType.AllyOf, "Los Carriceros"));

    // A victim or a speaker is nobody's ally for not being a member.
    [Theory]
    [InlineData("Nerio Talavera, who was not a gang member, was shot dead by Los Carriceros outside his shop.")]
    [InlineData("Police chief Nerio Talavera said there was no member of Los Carriceros among the dead.")]
    public void A_victim_or_a_speaker_is_no_ally(string sentence) =>
        Assert.False(ExtractionHelper.Run(sentence).Has("Nerio Talavera", RelationshipType.AllyOf, "Los Carriceros"));
}

using CrimeArchive.Import.Tests.Extraction;

namespace CrimeArchive.Import.Tests.Extraction;

/// <summary>Other names a sentence gives: to a part of a group, in a parenthesis, in a list of
/// siblings; and names that look like groups but are none.</summary>
public class PartNameTests
{
    [Theory]
    [InlineData("A dissident faction of Los Atunes known as Los Delfines emerged in 2020.")]
    [InlineData("In Villa Ramos, the cartel relies on a cell known as Los Delfines.")]
    public void A_name_known_as_after_a_part_noun_is_the_parts(string sentence)
    {
        var x = ExtractionHelper.Run(sentence);
        var delfines = x.Groups().Named("Los Delfines");
        Assert.DoesNotContain(delfines.Aliases, a => a is "Los Atunes" or "Villa Ramos");
    }

    [Fact]
    public void In_a_place_before_a_definite_group_noun_is_no_group()
    {
        var x = ExtractionHelper.Run("In Villa Ramos, the cartel relies on local cells to sell drugs.");
        Assert.DoesNotContain(x.Groups(), g => g.Name == "Villa Ramos");
    }

    [Fact]
    public void A_quoted_gloss_in_a_parenthesis_is_the_groups_other_name()
    {
        var x = ExtractionHelper.Run("Los Colibríes (\"the Hummingbirds\") emerged in 2015.", "The Hummingbirds now sell drugs in Asunción.");
        var group = Assert.Single(x.Groups());
        Assert.Contains("Hummingbirds", group.Aliases);
    }

    [Fact]
    public void A_determiner_opening_a_sentence_is_no_part_of_a_name()
    {
        var x = ExtractionHelper.Run("The Irmandade do Sul controls three prisons.", "Another Irmandade member was killed on Sunday.");
        var group = Assert.Single(x.Groups());
        Assert.Equal("Irmandade do Sul", group.Name);
    }

    [Fact]
    public void A_multi_word_familys_clan_and_family_are_one_group_and_some_family_is_none()
    {
        var x = ExtractionHelper.Run("The Ruiz Paz clan controls the border, police said.", "The Ruiz Paz family denies it. A Miskito family was displaced.");
        var group = Assert.Single(x.Groups());
        Assert.Contains("Ruiz Paz family", group.Aliases);
        Assert.Contains("Ruiz Paz clan", group.Aliases);
    }

    [Fact]
    public void Siblings_listed_around_a_nickname_clause_are_all_kept()
    {
        var x = ExtractionHelper.Run("Police arrested Julio Benítez on Monday.", "His sisters, Ana, known as \"La Flaca,\" and Rosa, run the business in the port.");
        Assert.Contains("La Flaca", x.People().Single(p => p.Aliases.Contains("Ana")).Aliases);
        Assert.Contains(x.People(), p => p.Aliases.Contains("Rosa"));
    }

    [Fact]
    public void One_brother_named_by_first_name_keeps_his_nickname()
    {
        var x = ExtractionHelper.Run("Police arrested Julio Benítez, the leader of Los Cangrejos, on Monday. His brother Mario, known as \"El Gordo,\" runs the finances.");
        var mario = x.People().Single(p => p.Aliases.Contains("Mario"));
        Assert.Contains("El Gordo", mario.Aliases);
        Assert.True(x.Has("Julio Benítez", CrimeArchive.Data.RelationshipType.SiblingOf, mario.Name));
    }
}

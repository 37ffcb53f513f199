using CrimeArchive.Data;

namespace CrimeArchive.Import.Tests.Extraction;

/// <summary>A role stated of someone through an accusation the relative clause makes, a source set off inside the
/// clause, or a "then"/"now" before the apposition.</summary>
public class AccusedAndSourcedRoleTests
{
    [Fact]
    public void Whom_prosecutors_accuse_of_leading_is_the_one_accused()
    {
        var x = ExtractionHelper.Run("Police arrested Zoilo Benjumea, whom prosecutors accuse of leading the Frente Tocaima.");
        Assert.True(x.Has("Zoilo Benjumea", RelationshipType.LeaderOf, "Frente Tocaima"));
    }

    [Fact]
    public void A_quien_la_policia_acusa_de_dirigir_is_the_one_accused()
    {
        var x = ExtractionHelper.RunSpanish("La Fiscalía capturó a Zoilo Benjumea, a quien la Policía acusa de dirigir el Frente Tocaima desde 2020.");
        Assert.True(x.Has("Zoilo Benjumea", RelationshipType.LeaderOf, "Frente Tocaima"));
    }

    [Theory]
    [InlineData("The deal put him in touch with Zoilo Benjumea, then the front's boss.")]
    [InlineData("Zoilo Benjumea, now the front's boss, fled to the hills.")]
    public void An_adverb_between_the_comma_and_the_role_keeps_the_apposition(string sentence)
    {
        var x = ExtractionHelper.Run("The Frente Tocaima operates in the south. " + sentence);
        Assert.True(x.Has("Zoilo Benjumea", RelationshipType.LeaderOf, "Frente Tocaima"));
    }

    [Fact]
    public void A_source_between_the_copula_and_the_role_is_passed_over()
    {
        var x = ExtractionHelper.Run("Zoilo Benjumea is, according to the police, a member of the Frente Tocaima.");
        Assert.True(x.Has("Zoilo Benjumea", RelationshipType.MemberOf, "Frente Tocaima"));
    }

    [Fact]
    public void A_source_set_off_after_a_verb_that_is_no_copula_gives_no_role()
    {
        var x = ExtractionHelper.Run("Zoilo Benjumea met, according to the police, a member of the Frente Tocaima.");
        Assert.False(x.Has("Zoilo Benjumea", RelationshipType.MemberOf, "Frente Tocaima"));
    }

    [Theory]
    [InlineData("Police arrested Zoilo Benjumea, not the front's leader, on Monday.")]
    [InlineData("Police released Zoilo Benjumea, whom prosecutors do not accuse of leading the Frente Tocaima.")]
    public void A_negated_apposition_or_accusation_gives_no_role(string sentence)
    {
        var x = ExtractionHelper.Run("The Frente Tocaima operates in the south. " + sentence);
        Assert.False(x.Has("Zoilo Benjumea", RelationshipType.LeaderOf, "Frente Tocaima"));
    }
}

namespace CrimeArchive.Import.Tests.Extraction;

public class StatusRuleTests
{
    [Fact]
    public void Surrender_stated_after_the_name()
    {
        var x = ExtractionHelper.Run("Gilberto Nava Ruiz, alias \"Chato,\" the leader of Los Toros, has surrendered to police in Lima.");
        var fact = Assert.Single(x.Facts);
        Assert.Equal("Surrendered", fact.Value);
        Assert.Equal("Gilberto Nava Ruiz", fact.Entity.Name);
    }

    [Fact]
    public void Capture_stated_before_the_name()
    {
        var x = ExtractionHelper.Run("Marines captured Felipe Aranda Solis in Veracruz.");
        Assert.Equal("Captured", Assert.Single(x.Facts).Value);
    }

    [Fact]
    public void A_denied_surrender_states_that_he_is_at_large()
    {
        var x = ExtractionHelper.Run("Police denied reports that Gilberto Nava Ruiz surrendered in Lima last week.");
        Assert.Equal("At large", Assert.Single(x.Facts).Value);
    }

    [Fact]
    public void A_denied_sentence_states_nothing()
    {
        var x = ExtractionHelper.Run("His lawyer denied that Gilberto Nava Ruiz was sentenced in Lima last week.");
        Assert.Empty(x.Facts);
    }

    [Fact]
    public void Alive_contradicts_an_earlier_death_report()
    {
        var x = ExtractionHelper.Run("Officials say Gilberto Nava Ruiz is alive and that the man killed was a bodyguard.");
        Assert.Equal("Alive", Assert.Single(x.Facts).Value);
    }
}

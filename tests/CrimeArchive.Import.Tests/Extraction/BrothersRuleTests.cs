namespace CrimeArchive.Import.Tests.Extraction;

public class BrothersRuleTests
{
    [Fact]
    public void His_brother_then_another_full_name_does_not_lend_that_name_its_surnames()
    {
        var x = ExtractionHelper.Run(
            "The arrest of Ramiro Quintero Salgado, his brother Hector and Fredy Orozco Benitez, alias \"Mono,\" has left the gang without leaders.");

        var names = x.People().Select(p => p.Name).ToList();
        Assert.Contains(names, n => n.StartsWith("Hector ", StringComparison.Ordinal) && n.EndsWith(" Salgado", StringComparison.Ordinal));
        Assert.DoesNotContain("Hector Orozco Benitez", names);
        Assert.Contains("Fredy Orozco Benitez", names);
    }

    [Fact]
    public void Brothers_named_together_share_the_surnames()
    {
        var x = ExtractionHelper.Run("Police said brothers Camilo and Andres Rendon Galeano ran the network from Cucuta.");

        var names = x.People().Select(p => p.Name).ToList();
        Assert.Contains("Camilo Rendon Galeano", names);
        Assert.Contains("Andres Rendon Galeano", names);
    }
}

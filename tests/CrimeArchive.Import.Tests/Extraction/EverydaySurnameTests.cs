namespace CrimeArchive.Import.Tests.Extraction;

/// <summary>A surname that is also an English word ("Hook", "Grant") names the person who bears it.</summary>
public class EverydaySurnameTests
{
    [Theory]
    [InlineData("Police arrested Wendell Hook, the leader of the Quarry Boys, on Monday. Hook was detained at a rented house.")]
    [InlineData("Police arrested Wendell Hook, the leader of the Quarry Boys, on Monday. Officers said Hook had paid the guards.")]
    public void The_bare_surname_is_the_one_person_who_bears_it(string text)
    {
        var x = ExtractionHelper.Run(text);
        var person = Assert.Single(x.People());
        Assert.Contains("Hook", person.Aliases);
    }

    [Fact]
    public void With_two_bearers_introduced_before_it_the_surname_is_nobody_s()
    {
        var x = ExtractionHelper.Run(
            "Police arrested Wendell Hook and his cousin Ansel Hook on Monday. Hook was detained at a rented house.");
        Assert.All(x.People(), p => Assert.DoesNotContain("Hook", p.Aliases));
    }

    [Fact]
    public void A_bearer_introduced_only_after_the_word_does_not_take_it()
    {
        var x = ExtractionHelper.Run(
            "Hook fishing is banned on the lagoon. Police later arrested Wendell Hook, the leader of the Quarry Boys.");
        Assert.All(x.People(), p => Assert.DoesNotContain("Hook", p.Aliases));
    }
}

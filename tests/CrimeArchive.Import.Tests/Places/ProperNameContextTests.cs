using CrimeArchive.Import.Extraction.Places;

namespace CrimeArchive.Import.Tests.Places;

public class ProperNameContextTests
{
    [Theory]
    [InlineData("They said the Cali Cartel paid.", "Cali", true)]
    [InlineData("They said Cali was calm.", "Cali", false)]
    [InlineData("A judge freed Hector Rivera Lopez on Monday.", "Rivera", true)]
    [InlineData("Fighters of the Armed Forces of Colombia left.", "Colombia", true)]
    [InlineData("The Attorney General of Colombia spoke.", "Colombia", false)]
    public void A_name_inside_a_longer_capitalized_name_is_recognised(string text, string name, bool expected)
    {
        var start = text.IndexOf(name, StringComparison.Ordinal);
        Assert.Equal(expected, ProperNameContext.IsPartOfLongerName(text, start, name.Length));
    }

    [Fact]
    public void A_country_may_modify_the_next_name_but_not_a_group_word()
    {
        const string agents = "He surrendered to US Marshals.";
        const string cartel = "He joined the Colombia Cartel.";
        Assert.False(ProperNameContext.IsPartOfLongerName(agents, agents.IndexOf("US", StringComparison.Ordinal), 2, isCountry: true));
        Assert.True(ProperNameContext.IsPartOfLongerName(cartel, cartel.IndexOf("Colombia", StringComparison.Ordinal), 8, isCountry: true));
    }

    [Fact]
    public void Only_text_near_the_name_is_read()
    {
        var text = new string('x', 500) + " the Sinaloa Cartel " + new string('y', 500);
        Assert.True(ProperNameContext.IsPartOfLongerName(text, text.IndexOf("Sinaloa", StringComparison.Ordinal), 7));
    }

    [Theory]
    [InlineData("Cartel", true)]
    [InlineData("clan", true)]
    [InlineData("Organización", true)]
    [InlineData("province", false)]
    public void Group_words_are_known(string word, bool expected)
    {
        Assert.Equal(expected, ProperNameContext.IsGroupWord(word));
    }
}

using CrimeArchive.Data.Editing;

namespace CrimeArchive.Tests.Editing;

public class FactLineTests
{
    private static (string Key, Citation Citation) Says(string key, string value, int year, string file = "text.txt") =>
        (key, new Citation(value, $"It says {value}.", new DateOnly(year, 1, 1), file, null, null, null, null));

    private static Settlement Decided(string key, string value, int day) =>
        new(key, value, "ana.editor", "Checked with the court", new DateTimeOffset(2024, 1, day, 0, 0, 0, TimeSpan.Zero));

    [Fact]
    public void The_value_stated_most_often_holds()
    {
        var line = Assert.Single(FactLine.Build([Says("Status", "Captured", 2019), Says("Status", "Captured", 2020), Says("Status", "At large", 2023)], []));

        Assert.Equal("Captured", line.Value);
        Assert.True(line.Disagrees);
        Assert.Equal(["Captured", "At large"], line.Sides.Select(s => s.Value));
    }

    [Fact]
    public void Between_values_stated_as_often_the_most_recent_holds() =>
        Assert.Equal("At large", FactLine.Build([Says("Status", "Captured", 2019), Says("Status", "At large", 2021)], []).Single().Value);

    [Fact]
    public void An_editors_latest_decision_holds_and_ends_the_disagreement()
    {
        var line = FactLine.Build(
            [Says("Status", "Captured", 2019), Says("Status", "Captured", 2020), Says("Status", "At large", 2023)],
            [Decided("status", "Dead", 1), Decided("Status", "At large", 2)]).Single();

        Assert.Equal("At large", line.Value);
        Assert.False(line.Disagrees);
        Assert.Equal(2, line.Sides.Count);
    }

    [Fact]
    public void Keys_are_one_line_whatever_their_case() =>
        Assert.Single(FactLine.Build([Says("DOB", "1970", 2019), Says("dob", "1970", 2020)], []));

    [Fact]
    public void Values_that_differ_only_in_case_and_accents_are_one_side() =>
        Assert.False(FactLine.Build([Says("Status", "En libertad", 2019), Says("Status", "en LIBERTÁD", 2020)], []).Single().Disagrees);

    [Fact]
    public void A_sides_citations_are_oldest_first()
    {
        var side = FactLine.Build([Says("Status", "Captured", 2022, "late.txt"), Says("Status", "Captured", 2018, "early.txt")], []).Single().Sides.Single();

        Assert.Equal(["early.txt", "late.txt"], side.Citations.Select(c => c.SourceFile));
    }
}

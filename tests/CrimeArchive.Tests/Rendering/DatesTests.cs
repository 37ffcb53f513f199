using System.Globalization;
using CrimeArchive.Web.Rendering;

namespace CrimeArchive.Tests.Rendering;

public class DatesTests
{
    [Fact]
    public void A_date_is_written_day_month_year() =>
        Assert.Equal("3 March 2021", Dates.Display(new DateOnly(2021, 3, 3)));

    [Fact]
    public void An_undated_text_shows_the_year_it_mentions() =>
        Assert.Equal("Undated (the text mentions 2019)", Dates.Display(null, 2019));

    [Fact]
    public void An_undated_text_with_no_year_is_undated() =>
        Assert.Equal("Undated", Dates.Display(null));

    [Fact]
    public void A_date_wins_over_the_year_hint() =>
        Assert.Equal("1 January 2020", Dates.Display(new DateOnly(2020, 1, 1), 2019));

    [Fact]
    public void A_moment_shows_its_day_in_utc() =>
        Assert.Equal("4 March 2021", Dates.Display(new DateTimeOffset(2021, 3, 3, 23, 30, 0, TimeSpan.FromHours(-5))));

    [Fact]
    public void Month_names_are_english_whatever_the_servers_culture()
    {
        var before = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("es-CO");
        try
        {
            Assert.Equal("3 March 2021", Dates.Display(new DateOnly(2021, 3, 3)));
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }
    }
}

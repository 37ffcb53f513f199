using CrimeArchive.Tests.Infrastructure;
using CrimeArchive.Web.Hosting;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Options;

namespace CrimeArchive.Tests.Hosting;

public class OptionsValidationTests
{
    // The app refuses the settings before it touches the database: this one is never reached.
    private const string NoDatabase = "Host=127.0.0.1;Port=1;Database=none;Username=postgres;Timeout=2";

    [Theory]
    [InlineData("Import:SeedsFolder", "Import:SeedsFolder")]
    [InlineData("Database:LocalDataDirectory", "Database:LocalDataDirectory")]
    public async Task A_blank_folder_setting_stops_the_app_at_start_naming_the_setting(string key, string named)
    {
        await using var factory = new ArchiveWebFactory(NoDatabase).WithWebHostBuilder(b => b.UseSetting(key, "  "));

        var error = Assert.ThrowsAny<OptionsValidationException>(() => factory.CreateClient());

        Assert.Contains(named.Split(':')[1], error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, true)]
    [InlineData("seeds", true)]
    [InlineData("/srv/archive/seeds", true)]
    [InlineData("", false)]
    [InlineData("   ", false)]
    public void A_folder_setting_may_be_unset_but_when_set_names_a_folder(string? value, bool valid) =>
        Assert.Equal(valid, new OptionalFolderAttribute().IsValid(value));
}

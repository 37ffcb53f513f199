using CrimeArchive.Tests.Infrastructure;
using Microsoft.Playwright;

namespace CrimeArchive.Tests.Browser;

/// <summary>The app on a real Kestrel port, driven by Debian's Chromium through Playwright (no
/// browser download: the executable is the system one).</summary>
public sealed class BrowserSession : IAsyncDisposable
{
    private readonly ArchiveWebFactory factory;
    private readonly IPlaywright playwright;

    private BrowserSession(ArchiveWebFactory factory, IPlaywright playwright, IBrowser browser, Uri address)
    {
        this.factory = factory;
        this.playwright = playwright;
        Browser = browser;
        Address = address;
    }

    public IBrowser Browser { get; }
    public Uri Address { get; }
    public ArchiveWebFactory App => factory;

    public static string ScreenshotFolder { get; } = Path.Combine(RepoPaths.Root, "artifacts", "screenshots");

    public static async Task<BrowserSession> StartAsync(string connectionString)
    {
        var factory = new ArchiveWebFactory(connectionString);
        factory.UseKestrel(0);
        factory.StartServer();
        var address = new Uri(factory.ClientOptions.BaseAddress.GetLeftPart(UriPartial.Authority));
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        });
        return new BrowserSession(factory, playwright, browser, address);
    }

    /// <summary>Waits until the app's search index is ready.</summary>
    public Task SearchReadyAsync() => factory.SearchReadyAsync();

    public async ValueTask DisposeAsync()
    {
        await Browser.DisposeAsync();
        playwright.Dispose();
        await factory.DisposeAsync();
    }
}

using System.Net;
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
        // A port of Kestrel's own choosing, set on Kestrel itself: UseKestrel(0) rewrites the server's
        // addresses after the app has begun to bind them, a race that now and then fails the start
        // ("Addresses cannot be modified after the server has started", dotnet/aspnetcore#67714).
        factory.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
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

    /// <summary>A page of the given size. On a shared machine under load a page once took longer than
    /// Playwright's 30 seconds to settle after a password change: the waits get three times that.</summary>
    public async Task<IPage> NewPageAsync(int width, int height)
    {
        var page = await Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = width, Height = height } });
        page.SetDefaultTimeout(90_000);
        page.SetDefaultNavigationTimeout(90_000);
        return page;
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

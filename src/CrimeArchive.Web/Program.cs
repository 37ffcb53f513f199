using CrimeArchive.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);
await builder.AddCrimeArchiveAsync();

var app = builder.Build();
app.UseCrimeArchive();
await app.PrepareArchiveAsync();
await app.RunAsync();

public partial class Program;

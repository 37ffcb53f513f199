using CrimeArchive.Data.LocalPostgres;
using CrimeArchive.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);
try
{
    await builder.AddCrimeArchiveAsync();
}
catch (LocalPostgresUnavailableException e)
{
    await Console.Error.WriteLineAsync(e.Message);
    return 1;
}

var app = builder.Build();
app.UseCrimeArchive();
await app.PrepareArchiveAsync();
await app.RunAsync();
return 0;

public partial class Program;

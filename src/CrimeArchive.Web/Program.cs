using CrimeArchive.Data.LocalPostgres;
using CrimeArchive.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddCrimeArchive();

var app = builder.Build();
app.UseCrimeArchive();
try
{
    await app.PrepareArchiveAsync();
}
catch (LocalPostgresUnavailableException e)
{
    await Console.Error.WriteLineAsync(e.Message);
    return 1;
}
await app.RunAsync();
return 0;

public partial class Program;

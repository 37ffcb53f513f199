using System.CommandLine;
using CrimeArchive.Import.Extraction;
using CrimeArchive.Import.Parsing;

namespace CrimeArchive.Cli.Verbs;

/// <summary>`crimearchive extract FILE...`: what an import would make of each text, as JSON Lines,
/// touching no database.</summary>
internal static class ExtractVerb
{
    public static Command Create()
    {
        var files = new Argument<FileInfo[]>("files") { Description = "Source texts to extract", Arity = ArgumentArity.OneOrMore };
        var command = new Command("extract", "Print what the importer extracts from each file, as JSON Lines (no database)") { files };
        command.SetAction(parse => Run(parse.GetValue(files) ?? [], Console.Out));
        return command;
    }

    public static int Run(IEnumerable<FileInfo> files, TextWriter output)
    {
        var failed = false;
        foreach (var file in files)
        {
            var line = ExtractOne(file, out var isError);
            failed |= isError;
            output.WriteLine(line);
        }
        return failed ? 1 : 0;
    }

    private static string ExtractOne(FileInfo file, out bool isError)
    {
        isError = true;
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(file.FullName);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return ExtractJson.Error(file.ToString(), $"cannot read the file: {e.Message}");
        }
        var decoded = SourceDecoder.Decode(bytes);
        if (decoded.Error is not null)
            return ExtractJson.Error(file.ToString(), decoded.Error);
        isError = false;
        var extraction = SourceTextExtractor.Extract(decoded.Text!);
        if (extraction.Document.SkipReason is { } reason)
            return ExtractJson.Skipped(file.ToString(), reason);
        var document = extraction.Document with { Warnings = [.. decoded.Warnings, .. extraction.Document.Warnings] };
        return ExtractJson.Write(file.ToString(), extraction with { Document = document });
    }
}

using System.Text;

namespace CrimeArchive.Import.Parsing;

public sealed record DecodedSource(string? Text, string Encoding, IReadOnlyList<string> Warnings, string? Error);

/// <summary>Reads a file's bytes as text, or says clearly why it cannot: empty, too large, binary.
/// Bytes that are not valid UTF-8 are read as Windows-1252 (the superset of Latin-1 that copy-paste
/// tools produce), with a warning.</summary>
public static class SourceDecoder
{
    public const int MaxBytes = 2 * 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static SourceDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static DecodedSource Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length > MaxBytes)
            return Fail($"the file is {bytes.Length / (1024.0 * 1024.0):0.0} MB; a source text is at most {MaxBytes / (1024 * 1024)} MB");
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            bytes = bytes[3..];
        if (LooksBinary(bytes))
            return Fail("the file is binary, not text");

        var warnings = new List<string>();
        string text;
        var encoding = "utf-8";
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            text = Encoding.GetEncoding(1252).GetString(bytes);
            encoding = "windows-1252";
            warnings.Add("the file is not UTF-8; it was read as Latin-1 (Windows-1252) and converted");
        }
        if (string.IsNullOrWhiteSpace(text))
            return Fail("the file is empty");
        return new DecodedSource(text, encoding, warnings, null);
    }

    private static DecodedSource Fail(string error) => new(null, "", [], error);

    private static bool LooksBinary(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..Math.Min(bytes.Length, 8192)];
        var control = 0;
        foreach (var b in sample)
        {
            if (b == 0)
                return true;
            if (b < 32 && b is not (9 or 10 or 13 or 12))
                control++;
        }
        return sample.Length > 0 && control * 20 > sample.Length;
    }
}

using System.Globalization;
using System.Numerics;
using System.Text;
using System.Text.Json.Nodes;

namespace CrimeArchive.Import.Tests.Quality;

/// <summary>Python's repr() of the few value shapes the scorer prints, so that report lines (and
/// relationship keys, which python compares as strings) come out exactly as the python scorer's.</summary>
internal static class PyRepr
{
    public static string Of(string? text)
    {
        if (text is null)
            return "None";
        var quote = text.Contains('\'', StringComparison.Ordinal) && !text.Contains('"', StringComparison.Ordinal) ? '"' : '\'';
        var builder = new StringBuilder(text.Length + 2).Append(quote);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when c == quote => "\\" + c,
                _ => c.ToString(),
            });
        }
        return builder.Append(quote).ToString();
    }

    public static string Of(JsonNode? node) => node switch
    {
        null => "None",
        JsonValue v when v.TryGetValue<bool>(out var b) => b ? "True" : "False",
        JsonValue v when v.TryGetValue<string>(out var s) => Of(s),
        _ => node.ToJsonString(),
    };

    /// <summary>str() of a value: strings bare, null as None.</summary>
    public static string Plain(JsonNode? node) => node switch
    {
        null => "None",
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        _ => Of(node),
    };

    /// <summary>An entity id as the scorer's tuple: ('people', 3) for a gold index or a paired
    /// prediction, ('people', 'p3') for an unpaired prediction.</summary>
    public static string Id(string kind, int goldIndex) => $"({Of(kind)}, {goldIndex})";

    public static string Id(string kind, string predLabel) => $"({Of(kind)}, {Of(predLabel)})";

    public static string SortedList(IEnumerable<string> names) =>
        "[" + string.Join(", ", names.Order(StringComparer.Ordinal).Select(Of)) + "]";

    /// <summary>Python's f"{x:.2f}" for a value in [0, 1]: the exact binary value rounded half to even
    /// (.NET rounds 0.125 up to 0.13 where python prints 0.12).</summary>
    public static string TwoDecimals(double value)
    {
        var bits = BitConverter.DoubleToInt64Bits(value);
        var exponent = (int)((bits >> 52) & 0x7FF);
        var mantissa = bits & 0xFFFFFFFFFFFFFL;
        if (exponent == 0)
            exponent++;
        else
            mantissa |= 1L << 52;
        exponent -= 1075;
        BigInteger hundredths;
        if (exponent >= 0)
        {
            hundredths = new BigInteger(mantissa) * 100 << exponent;
        }
        else
        {
            var denominator = BigInteger.One << -exponent;
            hundredths = BigInteger.DivRem(new BigInteger(mantissa) * 100, denominator, out var remainder);
            var twice = remainder * 2;
            if (twice > denominator || (twice == denominator && !hundredths.IsEven))
                hundredths++;
        }
        var whole = BigInteger.DivRem(hundredths, 100, out var cents);
        return string.Create(CultureInfo.InvariantCulture, $"{whole}.{cents:00}");
    }
}

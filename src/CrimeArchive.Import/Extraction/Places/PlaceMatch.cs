namespace CrimeArchive.Import.Extraction.Places;

public enum PlaceKind { Country, Region, City }

/// <summary>A place named in a text: Start/Length locate Surface in the text that was searched;
/// Name is the gazetteer's canonical name (English for countries).</summary>
public sealed record PlaceMatch(int Start, int Length, string Surface, string Name, PlaceKind Kind, string? Country)
{
    /// <summary>The text's own words mark it as a place ("the village of X", "the X River"): a
    /// caller should prefer it over reading the same words as a person's name.</summary>
    public bool IsCued { get; init; }
}

/// <summary>One gazetteer record. Country is the English country name (the place itself for a country).
/// IsEverydayWord marks names that are also ordinary English words ("Colon", "Turkey");
/// IsCapital marks a country's capital city; IsSecondLevel a region below the first level (Spain's provinces).
/// Country is empty for a continent or world region and for a place known only from the text's cues.</summary>
public sealed record GazetteerEntry(string Name, PlaceKind Kind, string Country, long Population, bool IsEverydayWord)
{
    public bool IsCapital { get; init; }

    public bool IsSecondLevel { get; init; }

    /// <summary>A world region also used as an adjective ("Caribbean"): a place only as a noun
    /// ("to the Caribbean"), not in "Caribbean coast".</summary>
    public bool IsNounOnly { get; init; }
}

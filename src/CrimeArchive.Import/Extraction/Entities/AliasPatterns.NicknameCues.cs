using System.Text.RegularExpressions;
using CrimeArchive.Import.Text;

namespace CrimeArchive.Import.Extraction.Entities;

public static partial class AliasPatterns
{
    // The cues that a nickname follows, each a pattern behind its own cue words, read together as one alternation
    // (CuedRegex.LeftmostMatches): as one pattern its first letters were nearly every letter.
    private static readonly CuedRegex[] NicknameCues =
    [
        new(AliasWordCue()),
        new(KnownAsCue()),
        new(ConocidoEnComoCue()),
        new(KnownByNameCue()),
        new(ConocidoPorApodoCue()),
        new(AliasAbbreviationCue()),
        new(WhomTheyCallCue()),
        new(AQuienLlamanCue()),
        new(WhoseNicknameCue()),
        new(GoesByCue()),
        new(NicknamedCue()),
        new(ConocidoComoCue()),
        new(ApodadoCue())
    ];

    // What may stand between a cue and its nickname: "alias the “Engineer”", "conocido como el “Flaco”".
    private const string AfterNicknameCue = @"\s+(?:the\s+(?=[“""‘'«\p{Lu}])|(?:el|la)\s+(?=[“""‘'«]))?";

    // "alias “Chato”", "vulgo “Tiziu”", "a.k.a. “Chato”"
    [GeneratedRegex(@"\b(?:alias|vulgo|a\.k\.a\.|aka)" + AfterNicknameCue, RegexOptions.IgnoreCase)]
    private static partial Regex AliasWordCue();

    // "also known as", "popularly known as", "known in the barrio simply as", "known since the 1990s as"
    [GeneratedRegex(@"\b(?:(?:also\s+|otherwise\s+|better\s+|locally\s+|widely\s+|popularly\s+|commonly\s+|universally\s+|generally\s+)?known\s+(?:since\s+(?:the\s+)?\d{4}s?\s+|(?:to|by|among|in|inside|within|on|across|around|throughout|along)\s+(?:[\p{L}\-’']+\s+){1,7}?(?:simply\s+|only\s+|just\s+)?|simply\s+|only\s+|just\s+|respectively\s+|both\s+)?as)" + AfterNicknameCue, RegexOptions.IgnoreCase)]
    private static partial Regex KnownAsCue();

    // "conocido entre los pescadores como"
    [GeneratedRegex(@"\b(?:conocid[oa]s?\s+(?:en|entre|por|para|dentro)\s+(?:[\p{L}\-]+\s+){1,7}?(?:simplemente\s+|solo\s+|s[óo]lo\s+)?como)" + AfterNicknameCue, RegexOptions.IgnoreCase)]
    private static partial Regex ConocidoEnComoCue();

    // "known by his street name,", "known by two nicknames,", "identified by his nom de guerre,"
    [GeneratedRegex(@"\b(?:(?:better\s+)?known\s+by\s+(?:his|her|their|the)\s+(?:street\s+|nick)?name,?|(?:known|goes|went)\s+by\s+(?:two|three|several|various)\s+(?:nicknames|aliases|names|monikers)\s*[,:]?|(?:(?:widely|better|also)\s+)?(?:known|recogni[sz]ed|identified)\s+by\s+(?:his|her|the)\s+(?:nom\s+de\s+guerre|alias|pseudonym|war\s+name)\s*,?)" + AfterNicknameCue, RegexOptions.IgnoreCase)]
    private static partial Regex KnownByNameCue();

    // "a quien identifican por su alias", "conocido por su seudónimo guerrillero"
    [GeneratedRegex(@"\b(?:(?:a\s+quien\s+(?:[\p{L}\-]+\s+){0,3}?)?(?:identific\w+|conoc\w+|reconoc\w+)\s+por\s+su\s+(?:seud[óo]nimo|alias|apodo|nombre\s+de\s+guerra)(?:\s+guerriller[oa])?(?:\s+de)?\s*,?)" + AfterNicknameCue, RegexOptions.IgnoreCase)]
    private static partial Regex ConocidoPorApodoCue();

    // "Luis Mora (a) “Chato”"
    [GeneratedRegex(@"\b(?:(?<=\()a\.?\))" + AfterNicknameCue, RegexOptions.IgnoreCase)]
    private static partial Regex AliasAbbreviationCue();

    // "whom his men call", "whom the gang's gunmen call", "whom the army identifies by his nom de guerre,"
    [GeneratedRegex(@"\b(?:whom\s+(?:[\p{L}\-’']+\s+){1,6}?(?:knows?|knew|calls?|called|dubbed|nicknamed|identif(?:y|ies|ied)\s+(?:only\s+)?by\s+(?:his|her)\s+(?:nom\s+de\s+guerre|nickname|alias|street\s+name),?|(?:still\s+)?refers?\s+to(?:\s+(?:him|her))?\s+by\s+(?:his|her)\s+(?:nom\s+de\s+guerre|nickname|alias|street\s+name),?)(?:\s+(?:only|simply))?(?:\s+as)?)" + AfterNicknameCue, RegexOptions.IgnoreCase)]
    private static partial Regex WhomTheyCallCue();

    // "a quien en el barrio llaman", "al que apodaron"
    [GeneratedRegex(@"\b(?:(?:a\s+quien(?:es)?|al\s+que|a\s+(?:la|los|las)\s+que)\s+(?:[\p{L}\-]+\s+){0,8}?(?:conocen?|conoc[íi]an?|llaman?|llamaban?|apodan?|apodaban?|apod[óo]|apodaron|bautiz[óo]|bautizaron|dicen|dec[íi]an)(?:\s+(?:solo|s[óo]lo|simplemente))?(?:\s+como)?)" + AfterNicknameCue, RegexOptions.IgnoreCase)]
    private static partial Regex AQuienLlamanCue();

    // "whose street name is", "whose nicknames include", "cuyo apodo es"
    [GeneratedRegex(@"\b(?:whose\s+(?:street\s+|only\s+)?(?:nickname|alias|moniker|street\s+name|nom\s+de\s+guerre)\s+(?:is|was)|whose\s+(?:nicknames|aliases)\s+include|cuyo\s+(?:apodo|alias|sobrenombre)\s+(?:es|era))" + AfterNicknameCue, RegexOptions.IgnoreCase)]
    private static partial Regex WhoseNicknameCue();

    // "who goes by the alias", "went by “Chato”"
    [GeneratedRegex(@"\b(?:(?:who\s+)?(?:goes|went)\s+by(?:\s+(?:the\s+)?(?:alias|name|nickname)|(?=\s+[“""‘'«])))" + AfterNicknameCue, RegexOptions.IgnoreCase)]
    private static partial Regex GoesByCue();

    // "nicknamed", "dubbed", "has earned the nickname", "who had taken the nickname", "X, called “El Balta,”", "X is also called “El Costeño”"; not the
    // verb of a sentence ("X called “El Gordo” a traitor"), which "is" or a comma before it and no object after it rule out.
    [GeneratedRegex(@"\b(?:nicknamed|dubbed|(?:(?:has|had|have)\s+)?(?:earned|taken|took|adopted|assumed|acquired|gained)\s+the\s+(?:nickname|moniker|nom\s+de\s+guerre)|(?:,|\b(?:is|was))\s*(?:also\s+|often\s+|sometimes\s+|widely\s+)?called(?=\s+(?:the\s+)?[“""«‘][^“”""«»]{1,40}[”""»’](?!\s+(?:an?|the|un|una|el|la)\s)))" + AfterNicknameCue, RegexOptions.IgnoreCase)]
    private static partial Regex NicknamedCue();

    // "conocido también como"
    [GeneratedRegex(@"\b(?:conocid[oa]s?\s+(?:adem[áa]s\s+|tambi[ée]n\s+|respectivamente\s+|precisamente\s+|simplemente\s+|popularmente\s+|entonces\s+|luego\s+|hoy\s+)?como)" + AfterNicknameCue, RegexOptions.IgnoreCase)]
    private static partial Regex ConocidoComoCue();

    // "apodado"
    [GeneratedRegex(@"\b(?:apodad[oa]s?)" + AfterNicknameCue, RegexOptions.IgnoreCase)]
    private static partial Regex ApodadoCue();
}

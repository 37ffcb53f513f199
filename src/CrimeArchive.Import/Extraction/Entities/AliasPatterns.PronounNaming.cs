using System.Text.RegularExpressions;
using CrimeArchive.Import.Text;

namespace CrimeArchive.Import.Extraction.Entities;

public static partial class AliasPatterns
{
    /// <summary>"US prosecutors know him as “The Doctor”", "lo conocen como «el Médico»", "agents refer to him
    /// by a nickname, “Alcaraván”": a nickname given to a pronoun, with where the pronoun stands.</summary>
    public static List<(string Nickname, int NicknameStart, int PronounAt)> NicknamesOfPronoun(SentenceInfo info)
    {
        var found = new List<(string, int, int)>();
        var text = info.Sentence.Text;
        // Every naming ends in a quoted nickname or an unquoted "el Name,": a sentence with neither, most of
        // them, is passed over on a vectorized search for the quotes and a small pattern's.
        if (text.AsSpan().IndexOfAny("“\"«‘") < 0 && !ArticleNicknameBeforeStop().IsMatch(text))
            return found;
        foreach (var m in CuedRegex.LeftmostMatches(PronounNamings, text).Concat(FrontedNicknameOfPronoun.Matches(text)))
        {
            var pronounAt = info.Sentence.Start + m.Groups["pronoun"].Index;
            if (m.Groups["pronoun"].Value is "lo" or "la" or "le" && DoubledObjectBefore().IsMatch(text.AsSpan(0, m.Groups["pronoun"].Index)))
                continue;
            // "se le conoce como el Químico": unquoted, the nickname must not be a title or an institution.
            var nick = m.Groups["nick"];
            if (text[m.Index + m.Length - 1] is not ('”' or '"' or '»') && !IsBareNickname(nick.Value, info, info.Sentence.Start + nick.Index))
                continue;
            // "la empresa empezó a firmar como «Transportes del Sur»": a signature of many words or with "del" is a firm's.
            if (m.Groups["signs"].Success && nick.Value.Split(' ') is var signed
                && (signed.Length > 2 || signed.Any(NameCandidateFinder.IsParticle)))
                continue;
            // "Known to his men as “L-2” and to the dock crews as the “Foreman,” he …": each is his.
            foreach (Capture each in nick.Captures)
                found.Add((each.Value.TrimEnd(), info.Sentence.Start + each.Index, pronounAt));
            // "he is known only as “Primo” (the Cousin)": the English the text gives too.
            if (Translation().Match(text, m.Index + m.Length, text.Length - m.Index - m.Length) is { Success: true } translation)
                found.Add((translation.Groups["nick"].Value, info.Sentence.Start + translation.Groups["nick"].Index, pronounAt));
        }
        return found;
    }

    // Each way of naming someone is a pattern of its own behind its own cue words, read together as one
    // alternation: as one pattern their first letters were nearly every letter, and each sentence with a quote
    // was tried at almost every position.
    private static readonly CuedRegex[] PronounNamings =
    [
        new(SignsOrdersAs()),
        new(BeganToSignAs()),
        new(TheyCallHimAs()),
        new(LoConocenComo()),
        new(IdentificanANameComo()),
        new(IdentifyNameAs()),
        new(AppearsAs()),
        new(GoesBy()),
        new(RefersToHimAs()),
        new(HeIsKnownAs()),
        new(SeLeConoceComo()),
        new(SeHaceLlamar()),
        new(HeBecame()),
        new(HeAdoptedThe()),
        new(UnderTheNickname()),
        new(PapersInTheNameOf()),
        new(AdoptoElAlias()),
        new(AsHeIsKnown())
    ];

    // The nickname the naming gives: quoted, or unquoted with its article before a stop ("se le conoce como el Químico,").
    private const string NamedNickname = @"(?:[“""«](?<nick>(?:[Tt]he\s+|[Ee]l\s+|[Ll]a\s+)?\p{Lu}[^“”""«»]{0,30}?)[,.]?[”""»]|(?<nick>" + UnquotedNickname + @")(?=\s*[,.;]))";
    private const string UnquotedNickname = @"(?:el|la|El|La)\s+\p{Lu}\p{Ll}+";

    // "he signs his orders as “Tío”", ", who signed the gang's banners as «El Rojo»"
    [GeneratedRegex(@"\b(?:(?:(?<pronoun>[Hh]e|[Ss]he)|,\s*(?<pronoun>who))\s+(?:(?:now|also|later|then|still)\s+)?sign(?:s|ed)\s+(?:his|her|the\s+(?:group|gang)['’]s)\s+(?:\p{Ll}+\s+)?(?:orders|messages|letters|notes|videos|threats|posts|banners|communiqu[ée]s|statements)\s+as\s+(?:the\s+)?)" + NamedNickname)]
    private static partial Regex SignsOrdersAs();

    // "empezó a firmar sus mensajes como «El Rojo»"
    [GeneratedRegex(@"\b(?:(?<pronoun>)(?<signs>empez[óo]|comenz[óo]|pas[óo])\s+a\s+firmar\s+(?:sus\s+(?:mensajes|[óo]rdenes|cartas|amenazas|comunicados|videos)\s+)?como\s+)" + NamedNickname)]
    private static partial Regex BeganToSignAs();

    // "agents know him as “The Doctor”", "they call her by the nickname “Tía”"
    [GeneratedRegex(@"\b(?:(?:know|knows|knew|call|calls|called|identify|identifies|identified|list|lists|listed|dub|dubbed|nicknamed|nickname|nicknames)\s+(?<pronoun>him|her)\s+(?:(?:only|simply|just)\s+)?(?:as\s+|by\s+(?:a|the|his|her)\s+(?:nickname|alias)\s*,?\s+)?)" + NamedNickname)]
    private static partial Regex TheyCallHimAs();

    // "lo conocen como «el Médico»", "la llamaban “Tía”"
    [GeneratedRegex(@"\b(?:(?<pronoun>lo|la|le)\s+(?:conocen|conoc[íi]an|llaman|llamaban|apodan|apodaban|identifican|identificaban)\s+(?:(?:solo|s[óo]lo|simplemente)\s+)?(?:como\s+)?)" + NamedNickname)]
    private static partial Regex LoConocenComo();

    // A name the files give someone named before: "identifican a Prado en sus expedientes como “The
    // Doctor”", "agents list Prado in their files as “The Doctor”", and with no subject at all, "En los
    // archivos aparece como “The Widow”".
    // "identifican a Prado en sus expedientes como “The Doctor”"
    [GeneratedRegex(@"\b(?:(?:identific\w+|registr\w+|describ\w+|mencion\w+)\s+a\s+\p{Lu}[\p{L}\-]+(?:\s+\p{Lu}[\p{L}\-]+){0,3}(?<pronoun>)\s+(?:(?:en|entre|dentro\s+de)\s+[^“”""«»,.]{1,40}?\s+)?como\s+)" + NamedNickname)]
    private static partial Regex IdentificanANameComo();

    // "agents list Prado in their files as “The Doctor”"
    [GeneratedRegex(@"\b(?:(?:identif(?:y|ies|ied)|list(?:s|ed)?)\s+\p{Lu}[\p{L}\-]+(?:\s+\p{Lu}[\p{L}\-]+){0,3}(?<pronoun>)\s+(?:in\s+[^“”""«»,.]{1,40}?\s+)?as\s+)" + NamedNickname)]
    private static partial Regex IdentifyNameAs();

    // "En los archivos aparece como “The Widow”"
    [GeneratedRegex(@"\b(?:(?<pronoun>aparec(?:e|[íi]a|i[óo])|figura(?:ba)?)\s+como\s+)" + NamedNickname)]
    private static partial Regex AppearsAs();

    // "he goes by “Chino”", ", who went by the nickname “Gordo”"
    [GeneratedRegex(@"\b(?:(?:\b(?<pronoun>he|she)|,\s*(?<pronoun>who))\s+(?:still\s+|also\s+)?(?:goes|went)\s+(?:(?:only|simply|just)\s+)?by\s+(?:(?:the|a|his|her)\s+(?:nickname|alias|moniker)\s*,?\s+)?)" + NamedNickname)]
    private static partial Regex GoesBy();

    // "the army refers to him as “Alcaraván”", "refer to her by a nickname, “Tía”"
    [GeneratedRegex(@"\b(?:refer(?:s|red)?\s+to\s+(?<pronoun>him|her)\s+(?:(?:only|simply|just)\s+)?(?:as|by\s+(?:a|the|his|her)\s+(?:nickname|alias)\s*,?)\s+)" + NamedNickname)]
    private static partial Regex RefersToHimAs();

    // "He is known in the port as “Primo”"
    [GeneratedRegex(@"\b(?:\b(?<pronoun>[Hh]e|[Ss]he)\s+(?:is|was|has\s+been|had\s+been)\s+(?:also\s+|widely\s+|better\s+|still\s+)?known\s+(?:(?:in|to|by|among|inside|within|across|throughout|on)\s+(?:[\p{L}\-]+\s+){1,6}?)?(?:(?:only|simply|just)\s+)?as\s+)" + NamedNickname)]
    private static partial Regex HeIsKnownAs();

    // "se le conoce como el Químico"
    [GeneratedRegex(@"\b(?:\b[Ss]e\s+(?<pronoun>le|lo|la)\s+(?:conoce|conoc[íi]a|llama|llamaba|apoda|apodaba)\s+(?:(?:solo|s[óo]lo|simplemente)\s+)?(?:como\s+)?)" + NamedNickname)]
    private static partial Regex SeLeConoceComo();

    // "quien se hace llamar «Comandante Lía»"
    [GeneratedRegex(@"\b(?:\b(?<pronoun>quien)\s+se\s+hac(?:e|[íi]a)\s+llamar\s+)" + NamedNickname)]
    private static partial Regex SeHaceLlamar();

    // "she later became “La Jefa”"
    [GeneratedRegex(@"\b(?:\b(?<pronoun>[Hh]e|[Ss]he)\s+(?:(?:only|later|then|soon|eventually)\s+)?became\s+)" + NamedNickname)]
    private static partial Regex HeBecame();

    // "he took the nickname “Tiburón”"
    [GeneratedRegex(@"\b(?:\b(?<pronoun>[Hh]e|[Ss]he)\s+(?:(?:later|then|also|soon)\s+)?(?:adopted|took|assumed|acquired|earned)\s+the\s+(?:[\p{Ll}\-]+\s+){0,2}?(?:(?:nickname|alias|moniker|nom\s+de\s+guerre)(?:\s+of)?\s+)?(?=[“""«]))" + NamedNickname)]
    private static partial Regex HeAdoptedThe();

    // "under the alias “Pirata”", "bajo el seudónimo de «Pirata»"
    [GeneratedRegex(@"\b(?:(?<pronoun>)\b(?:under|bajo)\s+(?:the|el)\s+(?:nickname|alias|apodo|seud[óo]nimo|nom\s+de\s+guerre|nombre\s+de\s+guerra)(?:\s+de)?\s+)" + NamedNickname)]
    private static partial Regex UnderTheNickname();

    // "a passport in the name of “Luis Mora”", "una cédula a nombre de «Luis Mora»"
    [GeneratedRegex(@"\b(?:(?<pronoun>)\b(?:passport|identity\s+card|ID\s+card|papers|documents|pasaporte|c[ée]dula|documento|documentos)\s+(?:\p{Ll}+\s+){0,2}?(?:in\s+the\s+name\s+of|under\s+the\s+name|a\s+nombre\s+de)\s+)" + NamedNickname)]
    private static partial Regex PapersInTheNameOf();

    // "adoptó entonces el alias de «Pirata»"
    [GeneratedRegex(@"\b(?:(?<pronoun>)\b(?:adopt[óo]|asumi[óo]|tom[óo]|recibi[óo])\s+(?:entonces\s+|luego\s+|despu[ée]s\s+)?el\s+(?:alias|apodo|seud[óo]nimo|sobrenombre|nombre\s+de\s+guerra)(?:\s+de)?\s+)" + NamedNickname)]
    private static partial Regex AdoptoElAlias();

    // "“La Perla,” as she is known, now runs it", "«El Cojo», como se le conoce, …": the nickname first, the pronoun after it.
    [GeneratedRegex(@"^[“""«](?<nick>(?:(?:[Tt]he|[Ee]l|[Ll]a|Don|Doña)\s+)?\p{Lu}[^“”""«»]{0,30}?)[,.]?[”""»]\s*,?\s+(?:as\s+(?<pronoun>he|she)\s+(?:is|was)\s+(?:also\s+|better\s+|widely\s+|locally\s+)?(?:known|called)|como\s+se\s+(?<pronoun>le|lo|la)\s+(?:conoce|conoc[íi]a|llama|llamaba))\b")]
    private static partial Regex AsHeIsKnown();

    [GeneratedRegex(UnquotedNickname + @"\s*[,.;]")]
    private static partial Regex ArticleNicknameBeforeStop();

    // "Dubbed “Don Lolo” by the fishermen, he bought …", "Known locally as “Comadre” (Godmother), she …", "Known along the
    // river as “Tío Quirino,” the old smuggler paid …": the nickname opens the sentence and the pronoun, or the
    // description of a man, after it is whom it names. Who gave the name is said in lower case
    // ("by the fishermen"): "Called “X” by Ana Ruiz, he …" may be Ana Ruiz's word for someone else, and
    // "Conocido como “X”, el penal …" names the noun after it. A second nickname may follow ("… and to the dock
    // crews as the “Foreman,”"), and so may when or where it was given ("when he ran errands"); with no Spanish
    // subject, a verb in the preterite or perfect ("…, fundó", "…, ha convertido") speaks of the person last named,
    // where "…, es el principal puerto" speaks of a thing; so does a reflexive that only people do ("…, se fugó"), where
    // "…, se construyó" speaks of a thing.
    // After "Better", "Also" the participle is in lower case ("Also known as"); alone it opens the sentence ("Known as").
    [GeneratedRegex(@"^(?:(?:Better|Widely|Also|Popularly|Locally|M[áa]s|Mejor)\s+)?(?:(?:[Kk]nown|[Cc]alled|[Cc]onocid[oa]|[Ll]lamad[oa])\s+(?:[\p{L}\-]+\s+){0,6}?(?:as\s+|como\s+)?|(?:[Nn]icknamed|[Dd]ubbed|[Aa]podad[oa])\s+(?:(?:also|tambi[ée]n)\s+)?)(?:[“""«](?<nick>(?:(?:[Tt]he|[Ee]l|[Ll]a|Don|Doña)\s+)?\p{Lu}[^“”""«»]{0,30}?)[,.]?[”""»]|‘(?<nick>(?:(?:[Tt]he|[Ee]l|[Ll]a|Don|Doña)\s+)?\p{Lu}[^“”""«»‘’]{0,30}?)[,.]?’)(?:\s*\((?:[Tt]he\s+)?(?<nick>\p{Lu}[^()“”""«»]{0,30}?)\))?"
        + @"(?:\s+(?:and|y)\s+(?:(?:to|by|among|por|entre|para)\s+(?:[\p{L}\-'’]+\s+){1,5}?)?(?:as|como)\s+(?:the\s+|el\s+|la\s+)?[“""«](?<nick>(?:(?:[Tt]he|[Ee]l|[Ll]a|Don|Doña)\s+)?\p{Lu}[^“”""«»]{0,30}?)[,.]?[”""»])?"
        + @"(?:\s+(?:by|por)\s+(?:[\p{Ll}\-'’]+\s+){0,6}?[\p{Ll}\-'’]+)?(?:\s+(?:when|while|cuando|mientras|during|durante|en|in)\s+[^“”""«»,.;:]{1,80})?"
        + @",?\s+(?:(?<pronoun>he|she|él|ella)|(?:the|el)\s+(?:[\p{Ll}\-]+(?:['’]s)?\s+){0,2}?(?<pronoun>man|woman|trafficker|smuggler|patriarch|matriarch|capo|kingpin|boss|leader|chief|hombre|mujer|narcotraficante|contrabandista|patriarca|jefe|l[íi]der|cabecilla)|(?<pronoun>)(?=(?:ha|hab[íi]a)\s+\p{Ll}+(?:ado|ido)\b|\p{Ll}{3,}ó\s|se\s+(?:fug|entreg|escond|escap|refugi|instal)\p{Ll}*ó\s))\b")]
    private static partial Regex FrontedNicknameOfPronounPattern();
    private static readonly CuedRegex FrontedNicknameOfPronoun = new(FrontedNicknameOfPronounPattern());
}

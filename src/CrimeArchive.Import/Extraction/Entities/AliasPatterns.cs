using System.Text.RegularExpressions;
using CrimeArchive.Import.Text;

namespace CrimeArchive.Import.Extraction.Entities;

/// <summary>A nickname stated for a name: <c>Owner</c> is the span that carries it (a full name,
/// or a surname to resolve later), <c>Nickname</c> the nickname's text and offset.</summary>
public sealed record AliasStatement(NameSpan Owner, string Nickname, int NicknameStart, NameSpan? NicknameSpan, string? FullName);

/// <summary>Nickname constructions: <c>Name, alias "X"</c> (Portuguese <c>vulgo "X"</c>), <c>alias ‘X’</c>, <c>Name (alias X)</c>,
/// <c>alias the "Engineer"</c>, <c>known as</c>, <c>otherwise known as</c>, <c>nicknamed</c>,
/// <c>conocido como</c>, several quoted nicknames joined by "or" (<c>"A" or "B"</c>, <c>“A” o «B»</c>),
/// and a quoted nickname inside the name (<c>Daniel "El Loco" Barrera</c>).</summary>
public static partial class AliasPatterns
{
    // Each opening quote closes with its own mark, so that "Boca e' Sapo" keeps its apostrophe.
    [GeneratedRegex(@"^(?:""(?<nick>[^""“”]{1,40}?)[,.]?""|“(?<nick>[^“”""]{1,40}?)[,.]?[”""]|«(?<nick>[^«»]{1,40}?)[,.]?»|‘(?<nick>[^‘’]{1,40}?)[,.]?’|'(?<nick>[^'’]{1,40}?)[,.]?['’])")]
    private static partial Regex QuotedNickname();

    /// <summary>A second nickname after the first: <c>"A" or "B"</c>, <c>“A” o «B»</c>.</summary>
    // "known as “Chato” in the barrio and “el Santo” inside the prison", "apodada “La Negra” por los mineros y “Mamá Day”
    // por sus hombres": where each name is used, or by whom, may come between;
    // "known as “Chato” and, inside the prison, as “el Santo”": so may an aside before the second "as".
    // "alias “Chispa,” also known as “Candela”": a second naming, after a comma or none; "known as “Tizón” and also
    // nicknamed “El Serrano”", "y también apodado": another naming verb.
    [GeneratedRegex(@"^(?:\s*,?\s*(?:also|otherwise|tambi[ée]n)\s+(?:known|conocid[oa])\s+(?:as|como)\s+(?:the\s+|el\s+|la\s+)?(?=[“""‘'«])|(?:\s+(?:in|inside|among|on|at|to|by|en|entre|dentro\s+de|para|por)\s+(?:[\p{L}\-]+\s+){0,3}?[\p{L}\-]+)?\s*,?\s*(?:or|o|and|y|e)(?:\s*,\s*(?:[\p{L}\-’']+\s+){1,5}?[\p{L}\-’']+\s*,\s*(?=(?:as|como)\s)|\s+)(?:(?:in|on|to|among|inside|within|by|en|entre|para|por)\s+(?:[\p{L}\-]+\s+){1,4}?(?:as|como)\s+|(?:[\p{L}.\-]+\s+){1,3}?(?:refers?\s+to|calls?|knows?|llaman?|conocen)\s+(?:(?:him|her|lo|la|le)\s+)?(?:as\s+|como\s+)?|(?:tambi[ée]n\s+|also\s+|sometimes\s+|often\s+|later\s+|occasionally\s+|a\s+veces\s+|luego\s+|despu[ée]s\s+)?(?:(?:(?:known|conocid[oa])\s+)?(?:as|como)|nicknamed|dubbed|apodad[oa])\s+|alias\s+)?(?:simply\s+|just\s+|simplemente\s+|solo\s+|tambi[ée]n\s+)?(?:the\s+|el\s+|la\s+)?(?=[“""‘'«]))")]
    private static partial Regex NextNicknameSeparator();

    /// <summary>A last nickname without quotes: <c>“Chiqui” y también el Gato,</c>, <c>“Tábano”, o Cojo, según…</c>,
    /// <c>"Tlacuache," or Possum, who…</c>.</summary>
    [GeneratedRegex(@"^\s*,?\s*(?:or|o|y\s+tambi[ée]n(?:\s+como)?|and\s+also(?:\s+as)?)\s+(?<nick>(?:(?:el|la|the)\s+)?\p{Lu}\p{Ll}+)(?=\s*(?:[,.;]|$))")]
    private static partial Regex UnquotedLastNickname();

    [GeneratedRegex(@"^\s+[“""‘'](?<nick>(?:el\s+|la\s+)?\p{Lu}[^“”""‘’]{0,30}?)[”""’']\s+(?=\p{Lu})")]
    private static partial Regex InnerNickname();

    [GeneratedRegex(@"^(?:El|La)\s+\p{Lu}\p{Ll}+[,.]?$")]
    private static partial Regex ArticleNickname();

    // "la carta de", "the farm of": something of the person named next, unless it is his kin ("los hijos de").
    [GeneratedRegex(@"\b(?!(?:hij[oa]s?|herman[oa]s?|sobrin[oa]s?|espos[oa]|viuda|padre|madre|sons?|daughters?|brothers?|sisters?|wife|widow|father|mother)\s)\p{L}+\s+(?:de|del|of)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex ThingOfBefore();

    // "“El Sapo” (the Toad)", "“Lunita” (Half-Moon)", "“the Accountant” (El Contador)", "“el Cuñado” – the Brother-in-Law.", "“El Sastre,” the Tailor.",
    // "Zorro -- “the Fox” in English --", "alias “Tiburão” — “Shark” —", "el Boticario, apodo que algunos medios traducen como “the
    // Apothecary”": the English the text gives. "“El Doc” (abreviatura de “El Doctor”)": the long form it shortens,
    // not the one given name a pet name comes from ("“Chepe” (short for “José”)").
    [GeneratedRegex(@"^\s*\(\s*(?:short\s+for|an?\s+abbreviation\s+(?:of|for)|(?:una?\s+)?(?:abreviatura|abreviaci[óo]n|diminutivo|ap[óo]cope)\s+de)\s+[“""‘']?(?<nick>(?:[Tt]he|[Ee]l|[Ll]a)\s+\p{Lu}\p{L}+(?:\s+\p{Lu}\p{L}+){0,2}|\p{Lu}\p{L}+(?:\s+\p{Lu}\p{L}+){1,2})[,.]?[”""’']?\s*\)|^\s*\(\s*[“""‘']?(?:[Tt]he\s+)?(?<nick>(?:[Ee]l\s+|[Ll]a\s+)?\p{Lu}\p{L}+(?:-\p{L}+)?(?:\s+(?:(?:the|of|el|la|de|del|do|da|dos|das)\s+){0,2}\p{Lu}\p{L}+){0,2})[,.]?[”""’']?\s*\)|^\s*(?:[–—]|--)\s*[Tt]he\s+(?<nick>\p{Lu}[\p{L}\-]+(?:\s+(?:of\s+)?\p{Lu}[\p{L}\-]+){0,2})(?=\s*(?:[.,;–—]|--|$))|^\s*,?\s+the\s+(?<nick>\p{Lu}[\p{L}\-]+(?:\s+(?:of\s+)?\p{Lu}[\p{L}\-]+){0,2})(?=\s*(?:[.;]|$))|^\s*(?:[–—]|--)\s*[“""«](?:[Tt]he\s+)?(?<nick>\p{Lu}[\p{L}\-]+(?:\s+(?:of\s+)?\p{Lu}[\p{L}\-]+){0,2})[,.]?[”""»]\s+(?:in\s+(?:English|US|U\.S\.|American)\b|to\s+|among\s+)|^\s*(?:[–—]|--)\s*[“""«](?:[Tt]he\s+)?(?<nick>\p{Lu}[\p{L}\-]+(?:\s+(?:of\s+)?\p{Lu}[\p{L}\-]+){0,2})[,.]?[”""»]\s*(?:[–—]|--)|^\s*(?:[–—]|--)\s*(?:(?:Portuguese|Spanish|Creole|French|street\s+talk|slang|portugu[ée]s|criollo)\s+(?:for|para)|in\s+(?:Creole|Portuguese|Spanish|French|English)\s*,)\s*[“""«](?:[Tt]he\s+|[Ee]l\s+|[Ll]a\s+)?(?<nick>\p{Lu}[\p{L}\-]+(?:\s+(?:of\s+)?\p{Lu}[\p{L}\-]+){0,2})[,.]?[”""»]|^\s*,\s*(?:(?:an?|el|un)\s+)?(?:(?:nickname|apodo|alias|mote)\s+)?(?:that|which|que)\s+(?:[\p{L}.\-]+\s+){0,6}?(?:translates?|translated|renders?|rendered|traduc(?:e|en|[íi]an?))\s+(?:as|como)\s+[“""«](?:[Tt]he\s+|[Ee]l\s+|[Ll]a\s+)?(?<nick>\p{Lu}[\p{L}\-]+(?:\s+(?:of\s+)?\p{Lu}[\p{L}\-]+){0,2})[,.]?[”""»]")]
    private static partial Regex Translation();

    public static List<AliasStatement> Find(SentenceInfo info)
    {
        var found = new List<AliasStatement>();
        var text = info.Sentence.Text;
        // "alias “Tronco” and alias “Pipo”": a cue inside the list of nicknames read with the one before.
        var readUntil = 0;
        foreach (var cue in CuedRegex.LeftmostMatches(NicknameCues, text))
        {
            if (cue.Index < readUntil)
                continue;
            // "whom his fighters call “el Abuelo” and whom the army calls “Ramiro”": the second clause is the same man's.
            var owner = OwnerBefore(info, cue.Index, out var plural) ?? (found.Count > 0 && (SecondNamingClause().IsMatch(text.AsSpan(0, cue.Index))
                || NamingAfterNickname(text, found[^1], info.Sentence.Start, cue.Index)) ? found[^1].Owner : null);
            if (owner is null)
                continue;
            var after = cue.Index + cue.Length;
            var quoted = QuotedNickname().Match(text, after, text.Length - after);
            if (quoted.Success)
            {
                var first = found.Count;
                var joinedByAnd = true;
                // One quoted nickname, or several joined by "or": each is the owner's.
                while (quoted.Success)
                {
                    var nick = quoted.Groups["nick"];
                    var start = info.Sentence.Start + nick.Index;
                    var value = nick.Value.Trim().TrimEnd(',', '.').Trim();
                    // "El Sapo", "el Güero", "517", "el 500", "comandante Lía".
                    if (value.Length > 0 && (char.IsUpper(value[0]) || value.All(char.IsDigit)
                        || value.Split(' ').Skip(1).Any(w => w.Length > 0 && (char.IsUpper(w[0]) || w.All(char.IsDigit)))))
                        found.Add(new AliasStatement(owner, value, start, info.Spans.FirstOrDefault(s => s.Start == start), OwnerFullName(owner)));
                    var end = quoted.Index + quoted.Length;
                    // "El Sapo" (the Toad): the translation the text gives is a name the person goes by too.
                    var translation = Translation().Match(text, end, text.Length - end);
                    if (translation.Success)
                    {
                        var t = translation.Groups["nick"];
                        var tStart = info.Sentence.Start + t.Index;
                        found.Add(new AliasStatement(owner, t.Value, tStart, info.Spans.FirstOrDefault(s => s.Start == tStart), null));
                        end = translation.Index + translation.Length;
                    }
                    var separator = NextNicknameSeparator().Match(text, end, text.Length - end);
                    // "conocido como “El Mapache”, “Viejo Eudes” o simplemente “el Viejo”": a comma between nicknames of a list
                    // of alternatives; a list closed by "and" may name other people ("alias “Chuy”, “El Toro” and “Flaco”").
                    if (!separator.Success)
                        separator = ListedNicknameSeparator().Match(text, end, text.Length - end);
                    // "whom his men call “El Profe” and the press “Maestro”", "a quien los mineros llaman “La Negra” y sus
                    // hombres “Mamá Day”": the second naming leaves out its verb.
                    if (!separator.Success && CallingCue().IsMatch(cue.ValueSpan) && GappedNamingSeparator().Match(text, end, text.Length - end) is { Success: true } gapped
                        && !NamesSomeonesKinOrAide(gapped.Groups["namer"].Value))
                        separator = gapped;
                    if (!separator.Success)
                    {
                        if (UnquotedLastNickname().Match(text, end, text.Length - end) is { Success: true } last
                            && IsBareNickname(last.Groups["nick"].Value, info, info.Sentence.Start + last.Groups["nick"].Index))
                        {
                            var n = last.Groups["nick"];
                            found.Add(new AliasStatement(owner, n.Value, info.Sentence.Start + n.Index, info.Spans.FirstOrDefault(s => s.Start == info.Sentence.Start + n.Index), null));
                        }
                        break;
                    }
                    joinedByAnd &= separator.Value.Trim().TrimStart(',').Trim() is "and" or "y" or "e" or "and alias" or "y alias";
                    var next = separator.Index + separator.Length;
                    readUntil = next;
                    quoted = QuotedNickname().Match(text, next, text.Length - next);
                }
                var shared = joinedByAnd && found.Count - first >= 2 && ShareAmongSiblings(info, owner, found, first);
                // "the sons of Joaquín Guzmán are known as “Los Chapitos”", "los hijos de X, conocidos como …": after a
                // plural verb or participle the names are the people's listed before it, one each, or no one's; so
                // are nicknames given "respectively".
                if ((plural || PluralCue().IsMatch(cue.ValueSpan) || found.Count - first >= 2 && Respectively().IsMatch(text)) && !shared)
                    found.RemoveRange(first, found.Count - first);
                continue;
            }
            if (plural)
                continue;
            var span = info.Spans.FirstOrDefault(s => s.Start == info.Sentence.Start + after);
            if (span is not null)
                found.Add(new AliasStatement(owner, GroupNameRules.WithKindAfter(info, span), span.Start, span, null));
            // "Jairo Pino Ruiz, alias el Mocho, de 41 años": unquoted, with its article.
            else if (UnquotedWithArticle().Match(text, after, text.Length - after) is { Success: true } bare
                && IsBareNickname(bare.Value, info, info.Sentence.Start + after))
                found.Add(new AliasStatement(owner, bare.Value, info.Sentence.Start + after, null, OwnerFullName(owner)));
        }
        // "lo dirige Irene Salvatierra, “la Chata”, una exmaestra": a nickname in quotes right after a full name.
        foreach (var span in info.Spans)
        {
            var quoted = BareNickname().Match(text, span.End - info.Sentence.Start, text.Length - (span.End - info.Sentence.Start));
            if (!quoted.Success || found.Any(f => f.NicknameStart > span.End && f.NicknameStart <= span.End + quoted.Length) || !PersonNameRules.IsFullName(span, info))
                continue;
            // "from A, B, or “El Zurdo,” the enforcer": "or" after a list names the list's last, not a nickname of the name before.
            if (OrBefore().IsMatch(quoted.Value) && text.AsSpan(0, span.Start - info.Sentence.Start).TrimEnd().EndsWith(","))
                continue;
            // "…; and Jacinto Ochoa Lima, “El Tercero.”" closes a list of names and nicknames, and "hijos de Ramón Díaz,
            // “El Zancudo”." a sentence with the Spanish article's nickname; a quote closing a sentence on its own
            // ("addressed to Ramón Díaz, “Hasta Pronto.”", "la finca de Ramón Díaz, “La Esperanza”.") names a thing.
            if (quoted.Index + quoted.Length == text.Length && !text.AsSpan(0, quoted.Index).Contains(';')
                && !(quoted.Groups["nick"].Captures is [var only] && ArticleNickname().IsMatch(only.Value)
                    && !ThingOfBefore().IsMatch(text.AsSpan(0, span.Start - info.Sentence.Start))))
                continue;
            foreach (Capture nick in quoted.Groups["nick"].Captures)
            {
                var nickStart = info.Sentence.Start + nick.Index;
                if (IsBareNickname(nick.Value, info, nickStart))
                    found.Add(new AliasStatement(span, nick.Value, nickStart, info.Spans.FirstOrDefault(s => s.Start == nickStart), null));
            }
        }
        foreach (var span in info.Spans)
        {
            var rel = span.End - info.Sentence.Start;
            if (rel + 2 >= text.Length || text[rel + 1] is not ('"' or '“' or '‘' or '\''))
                continue;
            var inner = InnerNickname().Match(text, rel, text.Length - rel);
            if (!inner.Success)
                continue;
            var lastStart = info.Sentence.Start + rel + inner.Length;
            var last = info.Spans.FirstOrDefault(s => s.Start == lastStart);
            var first = PersonNameRules.TrimLeading(span, keepArticles: false);
            if (last is null || first is null || !AllNameLike(first) || !AllNameLike(last) && !IsSurnameAfterGivenName(first, last))
                continue;
            var nick = inner.Groups["nick"];
            var nickStart = info.Sentence.Start + nick.Index;
            found.Add(new AliasStatement(first, nick.Value.TrimEnd(',', '.'), nickStart, info.Spans.FirstOrDefault(s => s.Start == nickStart),
                first.Surface + " " + last.Surface));
        }
        found.AddRange(DoubledObjectNicknames(info));
        // "apodado “el Profe”, cuyo nombre real es Jairo Mejía": the nickname first, the name after it.
        foreach (Match m in HasRealName(text) ? NicknameThenRealName().Matches(text) : Enumerable.Empty<Match>())
        {
            var owner = info.Spans.FirstOrDefault(s => s.Start == info.Sentence.Start + m.Index + m.Length);
            var nick = m.Groups["nick"];
            var nickStart = info.Sentence.Start + nick.Index;
            if (owner is not null && !found.Any(f => f.NicknameStart == nickStart && f.Owner.Start == owner.Start))
            {
                found.RemoveAll(f => f.NicknameStart == nickStart);
                found.Add(new AliasStatement(owner, nick.Value.Trim(), nickStart, info.Spans.FirstOrDefault(s => s.Start == nickStart), null));
            }
        }
        // "“El Gallo” Ramón Quispe, who founded…", "“Don Beto,” as Alberto Ruiz is known in the port, …":
        // the nickname opens the sentence and the full name follows it.
        if (LeadingNickname().Match(text) is { Success: true } leading
            && info.Spans.FirstOrDefault(s => s.Start == info.Sentence.Start + leading.Length) is { } named && PersonNameRules.IsFullName(named, info)
            && (!leading.Groups["as"].Success || IsKnownAfter(text, named.End - info.Sentence.Start))
            // "“Chato” — Gonzalo Mena — is …": a name set off by dashes closes with its dash.
            && (!leading.Groups["dash"].Success || text.AsSpan(named.End - info.Sentence.Start).TrimStart().StartsWith(leading.Groups["dash"].Value.AsSpan(0, 1))))
        {
            var nick = leading.Groups["nick"];
            var nickStart = info.Sentence.Start + nick.Index;
            found.Add(new AliasStatement(named, nick.Value.Trim(), nickStart, info.Spans.FirstOrDefault(s => s.Start == nickStart), null));
        }
        // "Known across the valley as “Tizón” for his temper, Prosper Aldabe …", "Known among dockworkers as El
        // Carpintero, Olmos …": the nickname opens the sentence.
        if (FrontedNickname().Match(text) is { Success: true } fronted)
        {
            // The comma after the nickname may stand inside its quotes ("as “Tigre,” Rubén Montoya").
            var at = fronted.Index + fronted.Length;
            var commaInQuotes = fronted.Value.Length >= 2 && fronted.Value[^2] == ',';
            var breakAt = commaInQuotes ? at - 1 : text.IndexOf(", ", at, StringComparison.Ordinal);
            var ownerStart = breakAt < 0 ? -1 : text.AsSpan(breakAt + 1).IndexOfAnyExcept(' ') + breakAt + 1;
            var owner = breakAt < 0 ? null : info.Spans.FirstOrDefault(s => s.Start == info.Sentence.Start + ownerStart);
            // "Known among dockworkers as El Carpintero, Olmos had …": a surname alone is the person it names.
            if (owner is not null && (PersonNameRules.IsFullName(owner, info)
                || owner.Count == 1 && !owner.Words[0].IsAllCaps && !NameWords.IsEveryday(owner.Words[0]) && !NameWords.IsStopWord(owner.Words[0])
                    && !NameWords.IsPlace(owner.Words[0])))
            {
                var nick = fronted.Groups["nick"];
                var nickStart = info.Sentence.Start + nick.Index;
                found.Add(new AliasStatement(owner, nick.Value.Trim(), nickStart, info.Spans.FirstOrDefault(s => s.Start == nickStart), null));
            }
        }
        return found;
    }

    /// <summary>"Zorro -- “the Fox” in English --", "Gordão -- Portuguese for “Big Fatso”": the English a text
    /// gives for a nickname it already uses, where the translation says it is one.</summary>
    public static (string Nickname, int Start)? TranslationAfter(SentenceInfo info, NameSpan span)
    {
        var text = info.Sentence.Text;
        var at = span.End - info.Sentence.Start;
        // Every shape opens with a bracket, a dash or a comma, most names are followed by none of them.
        if (at + 2 >= text.Length || text.AsSpan(at, 2).TrimStart(' ') is not [('(' or '-' or '–' or '—' or ','), ..]
            || Translation().Match(text, at, text.Length - at) is not { Success: true } m || !SaysItTranslates(m.Value))
            return null;
        return (m.Groups["nick"].Value, info.Sentence.Start + m.Groups["nick"].Index);
    }

    /// <summary>"a man known only as “El Tuerto” (the One-Eyed)": the translation after a quoted nickname.</summary>
    public static (string Nickname, int Start)? TranslationAfterQuote(SentenceInfo info, int nicknameStart, int nicknameLength)
    {
        var text = info.Sentence.Text;
        var at = nicknameStart - info.Sentence.Start + nicknameLength;
        if (at < text.Length && text[at] is ',' or '.')
            at++;
        if (at >= text.Length || text[at] is not ('”' or '"' or '»' or '’' or '\''))
            return null;
        at++;
        // Not "“El Flaco” (CJNG)", "(AFP)": an acronym in brackets says whose or who reports, not what the nickname means.
        return Translation().Match(text, at, text.Length - at) is { Success: true } m && !m.Groups["nick"].Value.All(c => !char.IsLower(c))
            ? (m.Groups["nick"].Value, info.Sentence.Start + m.Groups["nick"].Index) : null;
    }

    private static bool SaysItTranslates(string said) =>
        said.Contains("the ", StringComparison.OrdinalIgnoreCase) || said.Contains(" for ", StringComparison.Ordinal)
        || said.Contains(" para ", StringComparison.Ordinal) || said.Contains("English", StringComparison.Ordinal);

    /// <summary>"Julio and Samuel Cárdenas, alias “Mono” and “Flaco”": as many nicknames as names
    /// listed, one to each in order; the first names take the last one's surname.</summary>
    private static bool ShareAmongSiblings(SentenceInfo info, NameSpan owner, List<AliasStatement> found, int first)
    {
        var count = found.Count - first;
        var words = owner.Surface.Split(' ');
        var listed = FirstNamesBefore().Match(info.Sentence.Text, 0, owner.Start - info.Sentence.Start);
        if (words.Length < 2 || !listed.Success)
            return false;
        var names = listed.Groups["name"].Captures;
        // "Brothers Teodosio and Anselmo X": a capitalized everyday word opens the sentence, not a compound first name.
        if (names.Count != count - 1 || names.Any(n => n.Value.Contains(' ') && NameWords.IsEveryday(n.Value[..n.Value.IndexOf(' ')])))
            return false;
        var surname = PersonNameRules.Surnames(owner.Surface);
        var spans = names.Select(n => info.Spans.FirstOrDefault(s => s.Start == info.Sentence.Start + n.Index)).ToList();
        if (spans.Any(s => s is null))
            return false;
        for (var i = 0; i < names.Count; i++)
            found[first + i] = found[first + i] with { Owner = spans[i]!, FullName = names[i].Value + " " + surname };
        return true;
    }

    [GeneratedRegex(@"(?:(?<name>\p{Lu}[\p{L}\-]+(?:\s+\p{Lu}[\p{L}\-]+)?)\s*,\s*)*(?<name>\p{Lu}[\p{L}\-]+(?:\s+\p{Lu}[\p{L}\-]+)?)\s+(?:and|y|e)\s+$")]
    private static partial Regex FirstNamesBefore();

    private static bool HasRealName(string text) =>
        text.Contains("nombre", StringComparison.Ordinal) || text.Contains(" name ", StringComparison.Ordinal);

    [GeneratedRegex(@"\b(?:alias|vulgo|apodad[oa]|nicknamed|known\s+as|conocid[oa]\s+como)\s+(?:(?:el|la|the)\s+)?[“""«‘'](?:(?:el|la)\s+)?(?<nick>\p{Lu}[^“”""‘’«»]{0,30}?)[,.]?[”""’'»],?\s+(?:cuyo\s+(?:verdadero\s+)?nombre(?:\s+(?:real|verdadero|de\s+pila|completo))?\s+(?:es|ser[íi]a|era)|whose\s+(?:real\s+|full\s+|given\s+)?name\s+(?:is|was|would\s+be))\s+", RegexOptions.IgnoreCase)]
    private static partial Regex NicknameThenRealName();

    private static bool IsKnownAfter(string text, int at) => KnownAfterName().IsMatch(text.AsSpan(at));

    [GeneratedRegex(@"^[“""«](?<nick>(?:(?:El|La|Don|Doña)\s+)?\p{Lu}[\p{L}\-]+(?:\s+\p{Lu}[\p{L}\-]+){0,2})(?:,[”""»]\s+(?<as>as\s+|como\s+)|[”""»]\s+(?<dash>[—–]\s+)?|[”""»],\s+(?<as>as\s+|como\s+))")]
    private static partial Regex LeadingNickname();

    [GeneratedRegex(@"^\s+(?:is|was|es|era)\s+(?:known|called|conocid[oa]|llamad[oa])\b")]
    private static partial Regex KnownAfterName();

    [GeneratedRegex(@"^(?:(?:Better|Widely|Also|Popularly|Locally|Más|Mejor)\s+)?(?:(?:Known|Conocid[oa])\s+(?:[\p{L}\-]+\s+){0,5}?(?:as|como)|(?:Nicknamed|Dubbed|Apodad[oa])(?:\s+(?:also|tambi[ée]n))?|Alias)\s+(?:(?:(?:the|el|la)\s+)?[“""«‘'](?<nick>(?:(?:el|la)\s+)?\p{Lu}[^“”""‘’«»]{0,30}?)[,.]?[”""»’']|(?<nick>(?:El|La)\s+\p{Lu}[\p{L}\-]+)(?=,\s))")]
    private static partial Regex FrontedNickname();

    [GeneratedRegex(@"\b(?<noun>(?:\d{1,2}-year-)?\p{Ll}+|\p{Lu}\p{Ll}+)\s*,?\s+(?:(?:who\s+is\s+|que\s+es\s+)?(?:known|identified|conocid[oa]|identificad[oa])\s+(?:only\s+|solely\s+|simply\s+|solo\s+|s[oó]lo\s+|[uú]nicamente\s+)?(?:as|como)|(?:known|identified)\s+(?:only|solely|simply|just)\s+by\s+(?:his|her)\s+(?:alias|nickname|street\s+name)\s*,?|identificad[oa]\s+(?:solo|s[oó]lo|solamente|[uú]nicamente)\s+(?:por|con)\s+su\s+(?:alias|apodo)\s*,?|(?:con\s+|de\s+)?alias|apodad[oa]|nicknamed)\s+(?:the\s+)?[“""«‘'](?<nick>\p{Lu}[^“”""‘’«»]{0,30}?)[,.]?[”""’'»]")]
    private static partial Regex NicknameWithoutNamePattern();
    private static readonly CuedRegex NicknameWithoutName = new(NicknameWithoutNamePattern());

    /// <summary>People the text names only by a nickname: "a boss known only as “Tiburcio”", "un jefe
    /// conocido como “El Grillo”", "otro hombre, con alias “Sapito”".</summary>
    public static List<(string Nickname, int Start)> NicknameOnly(SentenceInfo info)
    {
        var found = new List<(string, int)>();
        // "the boss, nicknamed “X”, whose real name is Y": the nickname is Y's.
        var named = HasRealName(info.Sentence.Text) ? NicknameThenRealName().Matches(info.Sentence.Text).Select(m => m.Groups["nick"].Index).ToHashSet() : [];
        foreach (Match m in NicknameWithoutName.Matches(info.Sentence.Text))
        {
            // "a 23-year-old known as “Chato”": an age stands for the person, and so does a nationality ("a Peruvian known as").
            var noun = m.Groups["noun"].Value;
            // "a broker known as “La Oficina”" names a firm: a nickname with an outfit's or an institution's word names no one.
            if ((char.IsUpper(noun[0]) ? NameWords.IsDemonym(noun) && !PrecededByCapital(info.Sentence.Text, m.Groups["noun"].Index)
                    : IsPersonNoun(noun) || noun.EndsWith("-year-old", StringComparison.Ordinal)
                        || IsOneOfPersonNouns(info.Sentence.Text, m.Groups["noun"]) && !PluralNicknameAfter().IsMatch(info.Sentence.Text.AsSpan(m.Groups["noun"].Index + noun.Length)))
                && !m.Groups["nick"].Value.Split(' ').Any(w => NameWords.IsGroupHead(w) || NameWords.IsInstitutionWord(w))
                && !named.Contains(m.Groups["nick"].Index))
                found.Add((m.Groups["nick"].Value.Trim(), info.Sentence.Start + m.Groups["nick"].Index));
        }
        // "culpa a alias “El Grillo”", "pointed to “El Grillo,” a Tordos leader", "his predecessor, alias “Tornillo,”",
        // "under alias “Cedrón”": a nickname with no name before it.
        foreach (var pattern in (ReadOnlySpan<CuedRegex>)[BareAlias, QuotedNicknameDescribed])
            foreach (Match m in pattern.Matches(info.Sentence.Text))
            {
                var start = info.Sentence.Start + m.Groups["nick"].Index;
                if (!found.Any(f => f.Item2 == start))
                    found.Add((m.Groups["nick"].Value.Trim().TrimEnd(',', '.'), start));
            }
        return found;
    }

    [GeneratedRegex(@"(?:^|(?<=\b(?:a|de|por|que|es|era|fue|to|by|of|and|y|as|is|was|como|under|bajo|replaced|reemplaz[óo]|succeeded|sucedi[óo])\s)|(?<=\b\p{Ll}{3,},\s))(?:[Aa]lias|[Vv]ulgo)\s+(?:(?:el|la)\s+)?[“""«‘'](?<nick>\p{Lu}[^“”""‘’«»]{0,30}?)[,.]?[”""’'»]")]
    private static partial Regex BareAliasPattern();
    private static readonly CuedRegex BareAlias = new(BareAliasPattern());

    [GeneratedRegex(@"(?<=\b(?!alias\b|nicknamed\b|dubbed\b|apodad[oa]\b|as\b|como\b|called\b|llamad[oa]\b)\p{Ll}+\s)[“""«](?<nick>\p{Lu}[^“”""«»,]{0,30}?)(?:,[”""»]|[”""»]\s*,)\s+(?:a|an|the|un|una|el|la)\s+(?:(?!whose\b|cuy[oa]s?\b|which\b|que\b)[\p{L}\d\-]+\s+){0,3}(?:leader|boss|chief|commander|member|hitman|lieutenant|trafficker|operator|cabecilla|jefe|l[ií]der|comandante|sicario|miembro|integrante|narcotraficante)\b")]
    private static partial Regex QuotedNicknameDescribedPattern();
    private static readonly CuedRegex QuotedNicknameDescribed = new(QuotedNicknameDescribedPattern());

    // "One of the cartel's money handlers, known only as “X”": a plural role after "one of" is one person's.
    private static bool IsOneOfPersonNouns(string text, Group noun) =>
        noun.Value.Length > 3 && noun.Value.EndsWith('s') && (IsPersonNoun(noun.Value[..^1]) || noun.Value.EndsWith("es", StringComparison.Ordinal) && IsPersonNoun(noun.Value[..^2]))
        && OneOfBefore().IsMatch(text.AsSpan(0, noun.Index));

    [GeneratedRegex(@"\b(?:[Oo]ne|[Uu]no|[Uu]na)\s+(?:of|de)\s+(?:[\p{L}'’\-]+\s+){1,5}$")]
    private static partial Regex OneOfBefore();

    /// <summary>"boss", "figure", "trucker", "expolicía": a noun that stands for someone the text may name only by a nickname.</summary>
    public static bool IsPersonNoun(string word) => PersonWords.Contains(NameWords.Key(word));

    // Kept by key, accents and case aside: "líder" and "lider", "mecánico" and "mecanico" are one entry.
    private static readonly HashSet<string> PersonWords = new[]
    {
        "boss", "leader", "man", "woman", "trafficker", "commander", "hitman", "financier", "operator", "member", "suspect", "chief",
        "lieutenant", "accountant", "figure", "kingpin", "capo",
        "jefe", "hombre", "mujer", "cabecilla", "sicario", "comandante", "narcotraficante", "integrante", "miembro", "sujeto", "líder",
        "financista", "operador",
        // "a boy nicknamed “Mecha”", "un muchacho apodado “Mecha”".
        "boy", "youth", "teenager", "guy", "gunman", "muchacho", "joven", "chico", "adolescente", "pandillero", "individuo",
        // "a fourth detainee, identified only by his alias “Sapo”".
        "detainee", "prisoner", "inmate", "deputy", "courier", "smuggler", "enforcer", "detenido", "detenida", "preso", "recluso",
        // Not "supplier", "dealer": firms are called so too.
        "broker", "middleman", "launderer", "killer", "assassin", "associate", "recruiter", "socio", "asesino", "traficante", "contrabandista",
        "reclutador",
        // "a trucker known as", "an ex-marine known as", "un expolicía apodado": a trade or a past in uniform.
        // Not "trader", "merchant", "manager", "collector": firms are called so too.
        "handler", "driver", "trucker", "mechanic", "farmer", "fisherman", "rancher", "cattleman", "miner",
        "pilot", "sailor", "marine", "soldier", "policeman", "officer", "cop", "guard", "bodyguard", "lawyer", "businessman",
        "businesswoman", "engineer", "chemist", "cook", "teacher", "student", "preacher", "pastor",
        "militiaman", "vigilante", "fighter", "lookout",
        "chofer", "camionero", "mecánico", "agricultor", "ganadero", "pescador", "minero", "piloto", "marino",
        "soldado", "exsoldado", "militar", "exmilitar", "policía", "expolicía", "exagente", "abogado", "empresario",
        "ingeniero", "químico", "cocinero", "maestro", "profesor", "estudiante", "miliciano",
    }.Select(NameWords.Key).ToHashSet(StringComparer.Ordinal);

    // No person's or place's name: "Grupo Sombra", "Bloque Lomas", "the Cobalt Crew".
    private static bool IsOutfitName(NameSpan span, SentenceInfo info) =>
        (span.Words.Any(NameWords.IsGroupHead) || GroupNameRules.Classify(span, info) is not null)
        && !NameWords.IsPlace(span.Surface) && !Places.Gazetteer.Default.Lookup(span.Surface).Any();

    [GeneratedRegex(@"^[^“""«‘'.;]{0,40}[“""«‘'](?!(?:los|las|the|os|as)\s)", RegexOptions.IgnoreCase)]
    private static partial Regex SingularQuotedNicknameAfter();

    // "a Bolivian known as": a nationality alone; in "the Pumas Bolivian known as" it is not.
    private static bool PrecededByCapital(string text, int at)
    {
        var before = text.AsSpan(0, at).TrimEnd();
        var space = before.LastIndexOf(' ');
        var word = before[(space + 1)..];
        return word.Length > 0 && char.IsUpper(word[0]) && word is not ("A" or "An" or "The" or "Un" or "Una" or "El" or "La");
    }

    // The name just before ", alias", " (alias", " alias" or "—alias", past an age, the verb's auxiliaries,
    // a relative clause ("X, que hasta 2018 se conocía como") or a description ("X, a former soldier whom").
    // It may be wider than any span of the sentence ("Minor Fallas").
    private static NameSpan? OwnerBefore(SentenceInfo info, int cueIndex, out bool plural)
    {
        var text = info.Sentence.Text;
        var i = cueIndex;
        plural = false;
        var byWho = false;
        // "X, the elder of the two, was known as": the verb's subject is the name before the apposition.
        var byCopula = false;
        // "Fermín Lagos —alias “El Cura”— fue capturado": a dash may set the alias off too.
        while (i > 0 && text[i - 1] is ' ' or ',' or '(' or '—' or '–')
            i--;
        // "Garvin Holt (second from left), known as …": past a note on the picture, and past the stop of "Jr.".
        if (i > 0 && text[i - 1] == ')' && text.LastIndexOf('(', i - 1) is var open and > 0 && i - open <= MaxPictureNote)
        {
            i = open;
            while (i > 0 && text[i - 1] == ' ')
                i--;
        }
        if (text.AsSpan(0, i).EndsWith(" Jr.", StringComparison.Ordinal) || text.AsSpan(0, i).EndsWith(" Sr.", StringComparison.Ordinal))
            i--;
        // "Ortega is known as", "Ortega is also known as", "Leonel and Ismael Prado, his nephews, are known as".
        // "Ordaz, más conocido como", "Ordaz, better known as".
        // "Maza soon got dubbed", "Maza had been nicknamed": the verb's auxiliaries and adverbs, innermost first.
        foreach (var verb in (ReadOnlySpan<string>)[" más", " mejor", " better", " commonly", " quickly", " soon", " later", " eventually", " also",
            " been", " got", " gets", " is", " was", " are", " were", " has", " had", " have", " es", " era", " fue", " son", " eran", " who"])
        {
            if (text.AsSpan(0, i).EndsWith(verb, StringComparison.Ordinal))
            {
                i -= verb.Length;
                plural |= verb is " are" or " were" or " have" or " son" or " eran";
                byWho |= verb is " who";
                byCopula |= verb is " is" or " was" or " es" or " era" or " fue";
            }
        }
        var commaBeforeVerb = byCopula && text.AsSpan(0, i).TrimEnd().EndsWith(",");
        while (i > 0 && text[i - 1] is ' ' or ',')
            i--;
        // "Julio Paz, who had led the gang since 2004 in the north, was known as …": a relative clause set off by
        // commas, however long, stands between the verb and its subject.
        if (commaBeforeVerb && SetOffWhoClause().Match(text, 0, i) is { Success: true } whoClause)
            i = whoClause.Index;
        // "Los Cuervos, que hasta 2018 se conocía como …", "the Rua crew, which until 2019 was known as …":
        // the name before its relative clause.
        if (RelativeOpening().Match(text, 0, i) is { Success: true } relative)
            i = relative.Index;
        // "Fermín Lazcano Toro y Teófilo Lazcano Toro, este último conocido como …": the last name named.
        if (TheLatter().Match(text, 0, i) is { Success: true } latter)
            i = latter.Index;
        // "Dominga Sarmiento Palma, de 58 años, apodada …", "Hugo Paz, 45, known as …": past the age.
        if (AgeAfterName().Match(text[..i]) is { Success: true } age)
        {
            i = age.Index;
            while (i > 0 && text[i - 1] is ' ' or ',')
                i--;
        }
        var end = info.Sentence.Start + i;
        var span = info.Spans.LastOrDefault(s => s.End == end);
        // "X, a Bolivian whose nickname is": a nationality closes the description, not a name.
        if (span is { Count: 1 } && NameWords.IsDemonym(span.Words[0]))
            span = null;
        // "Los Cóndores (CDR), the old militia network better known as Los Grises": the name before
        // its description.
        // Not "the head of Bloque Sur, a figure known as …": a person's noun set beside an outfit's name is someone else.
        if (span is null && DescribedName().Match(text[..i]) is { Success: true } described
            && (!char.IsUpper(described.Groups["last"].Value[0]) || NameWords.IsDemonym(described.Groups["last"].Value)))
        {
            span = info.Spans.LastOrDefault(s => s.End == info.Sentence.Start + described.Groups["end"].Index);
            if (span is not null && IsPersonNoun(described.Groups["last"].Value) && IsOutfitName(span, info)
                && SingularQuotedNicknameAfter().IsMatch(text.AsSpan(cueIndex)))
                return null;
        }
        // "Los Pelícanos, un grupo de contrabandistas del puerto conocido también como …", "the Grises, a crew from the
        // hills of Manabí known as …": a group described at length, places and all, is what the name is given to.
        if (GroupNamingCue().IsMatch(text.AsSpan(cueIndex)) && DescribedGroup().Match(text[..i]) is { Success: true } group
            // "la banda de Rosa Chávez conocida como …" still names the woman.
            && (span is null || span.Start > info.Sentence.Start + group.Index && (NameWords.IsPlace(span.Surface) || !PersonNameRules.IsFullName(span, info)))
            && info.Spans.LastOrDefault(s => s.End == info.Sentence.Start + group.Index) is { } groupName && !PersonNameRules.IsFullName(groupName, info))
            span = groupName;
        // "Antonio Paredes Ruano, a cattle rancher from Gualán known to his neighbors as …", "Lisandro Cárcamo, un
        // comerciante de ganado de Juticalpa conocido como …": the nickname is the description's head's, not that of
        // the town it ends on; past an institution ("a former commander of the state police known to his men as")
        // only when the cue says whose men. A plural nickname ("Los Chapulines") may be the crew's the man runs.
        if ((span is not null && FollowsHometownWord(info, span) || (span is null || !PersonNameRules.IsFullName(span, info)) && PersonalCue().IsMatch(text.AsSpan(cueIndex)))
            && !byWho && !IsRelativeCue(text, cueIndex) && !PluralNicknameAfter().IsMatch(text.AsSpan(cueIndex))
            && DescribedPerson().Match(text, 0, i) is { Success: true } head && !RelativeWord().IsMatch(text.AsSpan(head.Index, i - head.Index))
            && info.Spans.LastOrDefault(s => s.End == info.Sentence.Start + head.Groups["end"].Index) is { } headName
            && PersonNameRules.IsFullName(headName, info))
            span = headName;
        // "Ulises Paredes Tello, un antiguo comerciante de madera al que los policías apodaron …": "whom", "who"
        // and "al que" speak of the person the description is about, however long it runs, and not of the place
        // it names ("a bus driver from Villa Sombría who is known as"); "whom" and "a quien" not of a kinsman
        // it names by a nickname either ("hermana del Tucán, a quien …"). A description with a clause of its own
        // ("who later worked for a man in Tijuana who is known as") may be about anyone.
        var whomCue = IsRelativeCue(text, cueIndex);
        var description = byWho || whomCue || (byCopula && span is null) ? DescribedPerson().Match(text, 0, i) : Match.Empty;
        if (!description.Success && whomCue)
            description = KinDescription().Match(text, 0, i) is { Success: true } kin && Grammar.ClauseRelations.IsKinNoun(kin.Groups["kin"].Value) ? kin : Match.Empty;
        if (description.Success && RelativeWord().IsMatch(text.AsSpan(description.Index, i - description.Index)))
            description = Match.Empty;
        if (description.Success && span is not null && span.Index > 0 && (NameWords.Key(info.Words[span.Index - 1]) is "from" or "in" or "en"
            || whomCue && NameWords.Key(info.Words[span.Index - 1]) is "of" or "de" or "del" && !PersonNameRules.IsFullName(span, info)))
            span = null;
        if (span is null && description.Success)
            span = info.Spans.LastOrDefault(s => s.End == info.Sentence.Start + description.Groups["end"].Index);
        if (byCopula && span is not null && IsOwnedByWord(info, span))
            return null;
        // "whose leader X is a former schoolteacher known as …": the nickname is the copula's subject's, unless the
        // description names someone or something else it could be given to ("is a member of a gang known as", "was a
        // teenager when a gunman known as") or the subject is itself another's ("the boss of X is a soldier known as").
        if (span is null && !byWho && !whomCue && CopularDescription().Match(text, 0, i) is { Success: true } copular
            && !RelativeWord().IsMatch(text.AsSpan(copular.Index, i - copular.Index))
            && !DescriptionLinkWord().IsMatch(text.AsSpan(copular.Index, i - copular.Index))
            && info.Spans.LastOrDefault(s => s.End == info.Sentence.Start + copular.Groups["end"].Index) is { } subject
            && PersonNameRules.IsFullName(subject, info) && !IsOwnedByWord(info, subject))
            span = subject;
        // "a faction of the Garzones, known as …", "an enemy of the Garzones, a crew called …" name the faction and the
        // enemy; "a rival of Joaquín Guzmán Loera, alias “El Chapo”" names Guzmán.
        if (span is null || GroupNameRules.FollowsPartNoun(info, span.Start)
            || GroupNameRules.FollowsTieNoun(info, span.Start) && !PersonNameRules.IsFullName(span, info))
            return null;
        // "Minor Fallas, alias “Chino”": the finder leaves out a capitalized everyday word; before an alias it
        // opens the name. The wider name is no span of the sentence yet: the caller makes it one.
        if (span.Index > 0 && info.Words[span.Index - 1] is var previous && previous.End + 1 == span.Start && span.Count < 4
            && new NameSpan(info.Sentence, info.Words.GetRange(span.Index - 1, span.Count + 1), span.Index - 1) is var wider
            && IsEverydayGivenName(wider))
            return wider;
        var trimmed = PersonNameRules.TrimLeading(span, keepArticles: true);
        // "Mark Daniel Flint, alias …", "Grace Bell, alias …": a name an alias follows keeps a given name
        // that is also an everyday word.
        return (IsGivenFullName(span) || IsEverydayGivenName(span)) && (trimmed is null || trimmed.Count < span.Count) ? span : trimmed;
    }

    private const int MaxPictureNote = 40;

    // "Minor Fallas, alias “Chino”", "Wander Santana, alias …": right before an alias, a capitalized
    // everyday word opening a name of two to four words is the person's given name.
    private static bool IsEverydayGivenName(NameSpan span)
    {
        if (span.Count is < 2 or > 4 || !span.Words.All(w => w.IsCapitalized && !w.IsAllCaps))
            return false;
        // "When Ruperta Lastarria, alias …": a conjunction opening the sentence is no given name.
        return NameWords.MayBeEverydayGivenName(span.Words[0]) && !PersonNameRules.IsLeadingModifier(span.Words[0], more: true)
            && span.Words.Skip(1).All(w => !NameWords.IsEveryday(w) && !NameWords.IsGroupHead(w) && !NameWords.IsInstitutionWord(w));
    }

    [GeneratedRegex(@"\G(?:el|la)\s+\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?(?=\s*[,.;)]|$)")]
    private static partial Regex UnquotedWithArticle();

    [GeneratedRegex(@"[”""»’']\s*,?\s+(?:and|y)\s+$")]
    private static partial Regex SecondNamingClause();

    [GeneratedRegex(@"^\s*,\s*(?=[“""«]\p{Lu}[^“”""«»]{0,30}[”""»](?:\s*,\s*[“""«]\p{Lu}[^“”""«»]{0,30}[”""»])*\s*,?\s*(?:or|o|u)\s)")]
    private static partial Regex ListedNicknameSeparator();

    // "and his brother “Tito”", "y su lugarteniente “Tito”": a kinsman or an aide of the person, someone else, not who names him.
    private static bool NamesSomeonesKinOrAide(string namer) =>
        namer.Split(' ', StringSplitOptions.RemoveEmptyEntries) is [var owner, var noun, ..] && owner is "his" or "her" or "their" or "su" or "sus"
        && (Grammar.ClauseRelations.IsKinNoun(noun.TrimEnd(',')) || Grammar.RelationWords.NounOrPlural(noun.TrimEnd(',')) is not null);

    [GeneratedRegex(@"\b(?:call|calls|called|llaman?|llamaban|apodan?|apodaban|apodaron)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CallingCue();

    // ", and the press “B”", " y, a sus espaldas, “B”", " y otros “B”", " y la Policía, “B”": who else names the person, in
    // lower case but for a word before a comma, before the nickname they use; not "and Ramiro “Tito” Vela", someone else.
    [GeneratedRegex(@"^\s*,?\s*(?:and|y|e)\s*,?\s+(?!(?:whose|cuy[oa]s?)\b)(?<namer>(?:\p{Ll}[\p{L}\-’']*\s+){1,4}?(?:[\p{L}\-’']+\s*,\s*)?)(?=[“""«‘](?:el\s+|la\s+)?\p{Lu})")]
    private static partial Regex GappedNamingSeparator();

    // "X, alias “Mico,” whom his men call “el Barbero”", "X, alias the “Notary,” a former clerk, whom the dockers
    // call …", "…, a lawyer who once sat on the bench and whom …": a relative clause right after a nickname,
    // past a description maybe, speaks of the same man. Not past "the son of a shopkeeper" (the clause may
    // be the shopkeeper's), nor after "a la que" (a woman's or a thing's).
    private static bool NamingAfterNickname(string text, AliasStatement earlier, int sentenceStart, int cueIndex)
    {
        var from = earlier.NicknameStart - sentenceStart + earlier.Nickname.Length;
        return from >= 0 && from <= cueIndex && HimRelativeCue().IsMatch(text.AsSpan(cueIndex))
            && GapAfterNickname().IsMatch(text.AsSpan(from, cueIndex - from));
    }

    [GeneratedRegex(@"^[”""»’'.,]{0,3}\s*,?\s*(?:(?:the|an?|el|la|una?)\s+(?:(?!\b(?:of|de|del)\b)[^,;:()“”""«»]){1,80}?(?:,\s*|\s+(?:and|y)\s+))?$")]
    private static partial Regex GapAfterNickname();

    [GeneratedRegex(@"^(?:whom|a\s+quien|al\s+que)\s")]
    private static partial Regex HimRelativeCue();

    // The owner's surface when it is a person's full name the alias itself vouches for.
    private static string? OwnerFullName(NameSpan owner) => IsGivenFullName(owner) || IsEverydayGivenName(owner) ? owner.Surface : null;

    private static bool IsGivenFullName(NameSpan span) =>
        span.Count is >= 2 and <= 5 && GivenNames.Contains(span.Words[0].Text) && span.Words.All(w => w.IsCapitalized && !w.IsAllCaps || NameCandidateFinder.IsParticle(w.Text));

    // "X, “la Chata”,", "X, or “el Chato,”", "X (“el Chato”)", "X – “El Grillo” to his crew, “the Treasurer” to prosecutors –",
    // "X, “El Grillo” to his men and “the Cricket” to prosecutors,", "X — “Grillo” —",
    // and, unquoted, "Aníbal Reyes Ortiz, el Tuerto, en una redada".
    [GeneratedRegex(@"\G(?:,\s*(?:(?:or|o)\s+)?(?:(?:the|el|la)\s+)?[“""«‘](?<nick>(?:(?:el|la|El|La)\s+)?\p{Lu}[\p{L}\-]+(?:\s+\p{Lu}[\p{L}\-]+){0,2})(?:[,.]?[”""»’]\s*[,.;)]|[,.][”""»’](?=\s|$)|[”""»’]\s+(?:to|for|among|para|entre)\s+(?:his|her|their|sus?|los|las|the)\s+[^,;“”""«»–—]{1,40}?(?:,|\s*[–—]|\s+(?:and|y)\s+(?:the\s+|el\s+|la\s+)?[“""«‘](?<nick>(?:(?:el|la|El|La|The|the)\s+)?\p{Lu}[\p{L}\-]+(?:\s+\p{Lu}[\p{L}\-]+){0,2})[,.]?[”""»’]\s+(?:to|for|among|para|entre)\s+[^,;“”""«»–—]{1,40}?(?:,|\s*[–—])))|\s*\(\s*[“""«‘](?<nick>(?:(?:el|la|El|La)\s+)?\p{Lu}[\p{L}\-]+(?:\s+\p{Lu}[\p{L}\-]+){0,2})[”""»’]\s*\)|\s*[–—]\s*[“""«](?<nick>[^“”""«»]{1,30}?)[,.]?[”""»]\s+(?:to|for|among|para|entre)\s+[^–—“”""«»]{1,60}?(?:,\s*[“""«](?<nick>[^“”""«»]{1,30}?)[,.]?[”""»]\s+(?:to|for|among|para|entre)\s+[^–—“”""«»]{1,60}?)*\s*[–—]|\s*[–—]\s*[“""«](?<nick>\p{Lu}[^“”""«»]{0,29}?)[,.]?[”""»]\s*[–—]|,\s+(?<nick>(?:el|la)\s+\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?)(?=\s*,))")]
    private static partial Regex BareNickname();

    [GeneratedRegex(@"^,\s*(?:or|o)\s")]
    private static partial Regex OrBefore();

    // A nickname has a capital; after an article, the word is no title, group, institution, place or
    // nationality ("el Tuerto", unlike "el Alcalde" or "la Policía").
    private static bool IsBareNickname(string nickname, SentenceInfo info, int start)
    {
        var words = nickname.Trim().Split(' ');
        if (!words.Any(w => w.Length > 0 && char.IsUpper(w[0])))
            return false;
        if (words is not [("el" or "la"), _, ..] || info.Words.FirstOrDefault(w => w.Start > start && w.Start <= start + 3) is not { } head)
            return true;
        return !(NameWords.IsTitle(head) || NameWords.IsGroupHead(head) || NameWords.IsInstitutionWord(head) || NameWords.IsPlace(head) || NameWords.IsDemonym(head));
    }

    private static bool IsRelativeCue(string text, int at) =>
        RelativeCueOpening().IsMatch(text.AsSpan(at));

    // The cue's openings that speak of a person by a relative pronoun, as the cue writes them.
    [GeneratedRegex(@"^(?:whom|a\s+quien(?:es)?|al\s+que|a\s+(?:la|los|las)\s+que)\s")]
    private static partial Regex RelativeCueOpening();

    [GeneratedRegex(@"(?<end>),\s+(?:the|an?|el|la|una?)\s+[^,;:()“”""«»]{1,80}$")]
    private static partial Regex DescribedPerson();

    [GeneratedRegex(@"(?<end>)\s+(?:is|was|es|era|fue)\s+(?:an?|una?)\s+[^,;:()“”""«»]{1,60}$")]
    private static partial Regex CopularDescription();

    // Words that bring another noun or clause into a description: its nickname may be that noun's.
    [GeneratedRegex(@"\b(?:of|for|to|with|in|on|at|from|by|when|while|de|del|para|con|en|por|cuando|mientras)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DescriptionLinkWord();

    // "the boss of X", "el jefe de X": a name another noun owns is not the copula's subject.
    private static bool IsOwnedByWord(SentenceInfo info, NameSpan span) =>
        span.Index > 0 && NameWords.Key(info.Words[span.Index - 1]) is "of" or "de" or "del";

    // A town named right after "from", "de", "in", "en": no group's name, no institution's.
    private static bool FollowsHometownWord(SentenceInfo info, NameSpan span) =>
        span.Index > 0 && NameWords.Key(info.Words[span.Index - 1]) is "from" or "de" or "in" or "en"
        && !span.Words.Any(w => NameWords.IsGroupHead(w) || NameWords.IsInstitutionWord(w)) && !PersonNameRules.IsFullName(span, info);

    [GeneratedRegex(@"^(?:known|conocid[oa])\s+(?:to|by|among|entre|por|para)\s+(?:his|her|sus?)\s")]
    private static partial Regex PersonalCue();

    [GeneratedRegex(@"^(?:conocid[oa]s|apodad[oa]s)\b")]
    private static partial Regex PluralCue();

    [GeneratedRegex(@"\brespectiv(?:ely|amente)\b")]
    private static partial Regex Respectively();

    [GeneratedRegex(@"^[^“""«‘']{0,60}[“""«‘'](?:los|las|the)\s", RegexOptions.IgnoreCase)]
    private static partial Regex PluralNicknameAfter();

    // "…, hermana del Tucán": a kinsman's noun with no article, then whose kin.
    [GeneratedRegex(@"(?<end>),\s+(?<kin>\p{Ll}+)\s+(?:de|del|of)\s+[^,;:()“”""«»]{1,60}$")]
    private static partial Regex KinDescription();

    [GeneratedRegex(@"\b(?:who|whom|which|that|que|quien|quienes)\b")]
    private static partial Regex RelativeWord();

    [GeneratedRegex(@"\s*,\s*(?:est[ea]\s+[úu]ltim[oa]|the\s+latter)$")]
    private static partial Regex TheLatter();

    // "Tren del Sur, una banda que hasta 2019 se conocía como …": a short description may come before it.
    [GeneratedRegex(@",\s+(?:(?:an?|the|una?|la|el)\s+[\p{Ll}\-]+(?:\s+[\p{Ll}\-]+)?\s+)?(?:which|who|that|que|quien)(?:\s+[\p{Ll}\d]+){0,4}$")]
    private static partial Regex RelativeOpening();

    [GeneratedRegex(@",\s+(?:who|quien)\s[^,;:()“”""]{1,120}$")]
    private static partial Regex SetOffWhoClause();

    [GeneratedRegex(@",\s*(?:de\s+)?\d{1,3}(?:\s+(?:años|years\s+old))?$")]
    private static partial Regex AgeAfterName();

    // The description holds no preposition: "X, the cartel relies on a cell known as" describes no X; only a
    // kinsman's "of his …" may close it ("A and B Prado, the sons of his sister, are known as").
    // Its last word may be a nationality: "X, a 50-year-old Bolivian whose nickname is".
    // "X, a Colón native who is better known as": a town may qualify the description.
    [GeneratedRegex(@"(?<end>)(?:\s*\([^()]{1,60}\))?,\s+(?:the|an?|el|la|una?)\s+(?:(?!(?:on|in|at|by|of|with|for|to|from|de|del|en|con|por|para|a|que|which|that|who)\s)(?:[\p{Ll}\d\-'’]+|(?:\p{Lu}\p{Ll}+|\p{Lu}{2,6})(?:['’]s?)?)\s+){0,7}(?<last>\d*[\p{Ll}\-]+|\p{Lu}\p{Ll}+)(?:\s+(?:of|de)\s+(?:his|her|their|its|su|sus)\s+[\p{Ll}\-]+)?$")]
    private static partial Regex DescribedName();

    // ", a crew of smugglers from the port", ", una banda de Esmeraldas": a group noun and where or what it is of.
    [GeneratedRegex(@"(?:\s*\([^()]{1,60}\))?" + GroupNameRules.GroupDescriptionOpening
        + @"(?:gang|group|crew|network|clan|cartel|faction|cell|band|banda|grupo|pandilla|red|c[áa]rtel|facci[óo]n|c[ée]lula|organizaci[óo]n)"
        + GroupNameRules.GroupDescriptionOf + "{1,3}$")]
    private static partial Regex DescribedGroup();

    // Not "alias": "Los Topos, el grupo de Rosendo Chávez, alias …" gives the man his nickname.
    [GeneratedRegex(@"^(?:(?:also\s+|better\s+)?known|called|conocid[oa]|llamad[oa]|denominad[oa])\b", RegexOptions.IgnoreCase)]
    private static partial Regex GroupNamingCue();

    // "Dwayne “Shotta” Young": after a known given name and a quoted nickname, a surname may be an everyday word.
    private static bool IsSurnameAfterGivenName(NameSpan first, NameSpan last) =>
        GivenNames.Contains(first.Words[0].Text) && last.Count <= 2
        && last.Words.All(w => !w.IsAllCaps && !NameWords.IsStopWord(w) && !NameWords.IsTitle(w) && !NameWords.IsGroupHead(w) && !NameWords.IsInstitutionWord(w));

    private static bool AllNameLike(NameSpan span) =>
        span.Words.All(w => NameCandidateFinder.IsParticle(w.Text) || (!NameWords.IsEveryday(w) && !NameWords.IsStopWord(w) && !w.IsAllCaps));
}

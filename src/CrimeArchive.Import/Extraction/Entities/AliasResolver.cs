using System.Text.RegularExpressions;
using CrimeArchive.Data;

namespace CrimeArchive.Import.Extraction.Entities;

/// <summary>An entity named at a place in a sentence.</summary>
public sealed record SentenceMention(EntityDraft Entity, int Start, int End, string Surface);

/// <summary>Walks the text in order and ties every name span to the entity it refers to: full
/// names and their keys, group singulars ("the Rastrojo leaders"), first names ("Luis Enrique"),
/// surnames ("Santos", "Oseguera") when one person introduced so far carries them, nicknames
/// known from the archive. An ambiguous surname is tied to nobody, except to a profile's subject.</summary>
public sealed partial class AliasResolver(EntityRegistry registry, KnownNames? known, EntityDraft? subject)
{
    private List<SentenceInfo> read = [];
    private bool? speaksOfFatherAndSon;

    public List<SentenceMention>[] Resolve(List<SentenceInfo> sentences)
    {
        read = sentences;
        speaksOfFatherAndSon = null;
        var result = new List<SentenceMention>[sentences.Count];
        foreach (var info in sentences)
        {
            var mentions = result[info.Index] = [];
            foreach (var raw in info.Spans)
            {
                if (WithWordBefore(info, raw) is { } longer)
                {
                    Add(mentions, longer);
                    continue;
                }
                // "Don Saúl" given as a nickname keeps its title.
                if (!registry.SharedSurnameSpans.ContainsKey(raw.Start) && NameWords.Key(raw.Words[0]) != "the"
                    && registry.Find(raw.Surface) is [{ } exact])
                {
                    // "Quiroga creció en…" beside "el clan Quiroga", "Ocotal Brizuela nació…" beside "el clan Ocotal Brizuela":
                    // a bare surname, single or double, is the person who bears it; the family is named with its article or its noun.
                    if (exact.Kind == EntityKind.Group && IsBareSurnameOf(raw, exact) && !AfterArticle(info, raw) && ByNameParts(raw) is { } bearer)
                    {
                        Add(mentions, new SentenceMention(bearer, raw.Start, raw.End, raw.Surface));
                        continue;
                    }
                    // "heads the Ocotal Brizuela clan" beside the man "Ocotal Brizuela": the family's noun after the surname names the family.
                    if (exact.IsPerson && GroupWithNounAfter(info, raw, PersonNameRules.WordAfter(info, raw)) is { } family)
                    {
                        Add(mentions, family);
                        continue;
                    }
                    if (exact.IsPerson && FamilyCalledBySurname(info, raw) is { } clan)
                    {
                        Add(mentions, new SentenceMention(clan, raw.Start, raw.End, raw.Surface));
                        continue;
                    }
                    Add(mentions, exact.Kind == EntityKind.Group ? GroupMention(info, raw, exact) : new SentenceMention(exact, raw.Start, raw.End, raw.Surface));
                    continue;
                }
                // "The Sector 7 gang": everyday words inside a group's name stay in it.
                if (GroupNameRules.StripStopWords(raw) is { Count: >= 2 } stripped && stripped.Start > raw.Start
                    && registry.Find(stripped.Surface) is [{ Kind: EntityKind.Group } named])
                {
                    Add(mentions, GroupMention(info, stripped, named));
                    continue;
                }
                if (ByTranslatedNickname(info, raw) is { } english)
                {
                    Add(mentions, english);
                    continue;
                }
                // "alias “el Mayor”": a nickname whose word alone would be a title, with the article the text gives it.
                if (raw.Index > 0 && info.Words[raw.Index - 1] is { IsCapitalized: false } article && NameWords.Key(article) is "el" or "la"
                    && registry.Find(article.Text + " " + raw.Surface) is [{ Kind: EntityKind.Person } nicknamed])
                {
                    Add(mentions, new SentenceMention(nicknamed, article.Start, raw.End, article.Text + " " + raw.Surface));
                    continue;
                }
                // "la sucesión del Junior", "The Ganadero paid": the nickname "el Junior", "El Ganadero" after a contraction,
                // or after "The" opening a sentence, is the nickname's owner, by the word the text gives.
                if (NicknameAfterOtherArticle(info, raw) is { } bare)
                {
                    Add(mentions, bare);
                    continue;
                }
                if (ShortFormAfterThe(info, raw) is { } shortForm)
                {
                    Add(mentions, shortForm);
                    continue;
                }
                // "Grant was detained", "said Bone had been hiding": a surname that is also an English word, which the
                // trim below would take away, names the one person introduced before it who bears it; with two
                // bearers it stays ambiguous.
                if (raw.Count == 1 && !raw.Words[0].IsAllCaps && NameWords.IsEveryday(raw.Words[0])
                    && SurnameOfOneBefore(NameWords.Key(raw.Words[0].Text), raw.Start) is { } surnameBearer)
                {
                    Add(mentions, new SentenceMention(surnameBearer, raw.Start, raw.End, raw.Surface));
                    continue;
                }
                var span = PersonNameRules.TrimLeading(raw, keepArticles: true);
                // "the Steel Horsemen's president" after "the Steel Horsemen MC": the everyday word opening the name,
                // which the trim took away, stays in it.
                var kept = span?.Count ?? 0;
                if (kept < raw.Count && GroupNameRules.StripStopWords(raw) is { Count: >= 2 } unsure && kept < unsure.Count
                    && ByNameLessDesignator(info, unsure) is { } designated)
                {
                    Add(mentions, new SentenceMention(designated, unsure.Start, unsure.End, unsure.Surface));
                    continue;
                }
                if (span is null)
                    continue;
                if (registry.SharedSurnameSpans.TryGetValue(span.Start, out var firstNames) && firstNames < span.Count)
                {
                    var whole = registry.FindOne(span.Surface, EntityKind.Person);
                    var names = span.Slice(0, firstNames);
                    if (whole is not null)
                    {
                        // "Eladio y Abdón Saravia Lupiáñez, ambos …": the mention reaches over the shared surnames, so what follows
                        // the pair follows a name; its surface, the form that is this person's alone, stays the given names.
                        Add(mentions, new SentenceMention(whole, names.Start, span.End, names.Surface));
                        continue;
                    }
                }
                ResolveSpan(info, span, mentions);
            }
            // Mentions never overlap, so their starts are distinct: every reader after this walks them in text order.
            mentions.Sort((a, b) => a.Start.CompareTo(b.Start));
        }
        return result;
    }

    private void ResolveSpan(SentenceInfo info, NameSpan span, List<SentenceMention> mentions)
    {
        var from = 0;
        while (from < span.Count)
        {
            var hit = false;
            for (var take = span.Count - from; take >= 1 && !hit; take--)
            {
                var part = span.Slice(from, take);
                if (take < span.Count && part.Words.All(w => NameWords.IsEveryday(w) || NameWords.IsStopWord(w)))
                    continue;
                // "… Front of the Highland Army": the second name starts after its lower-case article.
                if (from > 0 && !part.Words[0].IsCapitalized && NameWords.IsStopWord(part.Words[0]))
                    continue;
                var mention = ResolvePart(info, part);
                if (mention is null)
                    continue;
                Add(mentions, mention);
                from += take;
                hit = true;
            }
            if (!hit)
                from++;
        }
    }

    // "the Sinaloa cartel", "the Corsair gang": the mention takes the noun when the group answers to it.
    // So does "the Carrizal group" after "the Carrizal clan": a family's group by another noun.
    private SentenceMention? GroupWithNounAfter(SentenceInfo info, NameSpan part, string? after)
    {
        if (!(GroupNameRules.IsNameNounAfter(after) || GroupNameRules.IsAnsweredNounAfter(after) || after is "group") || !info.Words[part.Index + part.Count].SpaceBefore
            || !info.Sentence.Text.AsSpan(part.End - info.Sentence.Start, info.Words[part.Index + part.Count].Start - part.End).IsWhiteSpace())
            return null;
        var word = info.Words[part.Index + part.Count];
        var extended = registry.FindOne(part.Surface + " " + (after == "cartel" ? "Cartel" : word.Text), EntityKind.Group);
        return extended is null ? null
            : new SentenceMention(extended, part.Start, word.End, part.Surface + info.Sentence.Text[(part.End - info.Sentence.Start)..(word.End - info.Sentence.Start)]);
    }

    private SentenceMention? ResolvePart(SentenceInfo info, NameSpan part)
    {
        var after = PersonNameRules.WordAfter(info, part);
        // "along the Patuca River", "el río Patuca": the river, not the group named after it ("Los Pumas del Patuca").
        if (NamesFeature(info, part, after))
            return null;
        if (GroupWithNounAfter(info, part, after) is { } withNoun)
            return withNoun;
        // "the Urquijo crime family".
        if (after is "crime" && part.Index + part.Count + 1 < info.Words.Count && info.Words[part.Index + part.Count + 1] is var kind
            && registry.FindOne(GroupNameRules.CrimeFamilyName(part.Surface, kind.Text), EntityKind.Group) is { } family)
            return new SentenceMention(family, part.Start, kind.End, info.Sentence.Text[(part.Start - info.Sentence.Start)..(kind.End - info.Sentence.Start)]);
        if (WithWordBefore(info, part) is { } longer)
            return longer;
        if (FamilyAfterPluralArticle(info, part) is { } clanMention)
            return clanMention;
        if (FamilyCalledBySurname(info, part) is { } familyOfSurname)
            return new SentenceMention(familyOfSurname, part.Start, part.End, part.Surface);
        var entity = ShortFormOfGroup(info, part) ?? Lookup(part) ?? registry.CartelNamedWithout(part.Surface);
        // "la Cofradía" in a piece on the Real Cofradía Serrana, before La Cofradía del Istmo is named:
        // a word of the group met before, not a short form of one the text has yet to name.
        if (entity is { Kind: EntityKind.Group } && entity.FirstStart > part.Start && part.Count == 1 && GroupWithWordBefore(part) is { } earlier)
            entity = earlier;
        return entity is null ? null : new SentenceMention(entity, part.Start, part.End, part.Surface);
    }

    // "los Berrocal controlan el muelle" after "el Clan Berrocal": a surname after a plural article is the
    // family's clan, not the one Berrocal the text also names.
    private SentenceMention? FamilyAfterPluralArticle(SentenceInfo info, NameSpan part)
    {
        // "las Berrocal" are the daughters or the sisters, not the clan.
        if (part.Count > 2 || part.Index == 0 || info.Words[part.Index - 1] is not { IsCapitalized: false, Text: "los" } article)
            return null;
        if (registry.FamilyOf(part.Surface) is not { } clan)
            return null;
        // "el clan de los Ancasi": the family's noun is part of the name.
        var from = GroupNameRules.ClanBeforePluralArticle(info, part)?.Start ?? article.Start;
        return new SentenceMention(clan, from, part.End, info.Sentence.Text[(from - info.Sentence.Start)..(part.End - info.Sentence.Start)]);
    }

    // A river's, a peninsula's or a creek's name, by the feature word after it or "río" before it.
    private static bool NamesFeature(SentenceInfo info, NameSpan part, string? after) =>
        NameWords.Key(part.Words[^1]) is "river" or "peninsula" or "creek"
        || part.Count == 1 && (after is "river" or "peninsula" or "creek" || PersonNameRules.WordBefore(info, part) is "rio");

    // The one group named before the word that holds it ahead of any complement.
    private EntityDraft? GroupWithWordBefore(NameSpan word)
    {
        var key = NameWords.Key(word.Words[0]);
        var groups = registry.Entities.Where(e => e.Kind == EntityKind.Group && e.FirstStart < word.Start && IsWordBeforeComplement(e.NameWords, key)).ToList();
        return groups.Count == 1 ? groups[0] : null;
    }

    // "Cofradía" of the Real Cofradía Serrana, not "Norte" of the Comando Azul do Norte.
    private static bool IsWordBeforeComplement(string[] nameWords, string key)
    {
        foreach (var w in nameWords)
        {
            if (w == key)
                return true;
            if (w is not ("la" or "las" or "los") && NameCandidateFinder.IsParticle(w))
                return false;
        }
        return false;
    }

    // "the Nine Lanterns gang": a group named exactly is mentioned with the noun it answers to.
    private SentenceMention GroupMention(SentenceInfo info, NameSpan span, EntityDraft group) =>
        ResolvePart(info, span) is { } withNoun && withNoun.Entity == group ? withNoun : new SentenceMention(group, span.Start, span.End, span.Surface);

    // "el clan Urrutia", "the 300 Lakou gang": a group named with a lower-case head noun or a number
    // before the capitalized words is mentioned by the whole name.
    private SentenceMention? WithWordBefore(SentenceInfo info, NameSpan part)
    {
        if (part.Index == 0 || info.Words[part.Index - 1] is not { IsCapitalized: false } before
            || !(NameWords.Key(before) is "clan" or "familia" || before.Text.All(char.IsDigit)))
            return null;
        var end = part.End;
        var name = before.Text + " " + part.Surface;
        var after = part.Index + part.Count < info.Words.Count ? info.Words[part.Index + part.Count] : null;
        if (after is not null && GroupNameRules.IsAnsweredNounAfter(NameWords.Key(after)) && registry.FindOne(name + " " + after.Text, EntityKind.Group) is not null)
        {
            name += " " + after.Text;
            end = after.End;
        }
        var group = registry.FindOne(name, EntityKind.Group)
            ?? (before.Text.All(char.IsDigit) || end != part.End ? null : Lookup(part) is { Kind: EntityKind.Group } family ? family : null);
        return group is null ? null : new SentenceMention(group, before.Start, end, info.Sentence.Text[(before.Start - info.Sentence.Start)..(end - info.Sentence.Start)]);
    }

    /// <summary>"fighting the Orbegoso", "los Arriaga", "former Mestre gunmen" beside the Orbegoso clan (or
    /// family, organization or network) and its boss Ramiro Orbegoso: the man's surname after a plural article
    /// with no noun after it, or before a noun for an outfit's people, names the family's outfit; otherwise it
    /// stays his. ("las Berrocal" are the daughters or the sisters.)</summary>
    private EntityDraft? FamilyCalledBySurname(SentenceInfo info, NameSpan raw)
    {
        // "the Mestre brothers", "the Mestre trial": kin, or something of the man's, not the family's outfit.
        var noun = NounAfter(info, raw);
        if (raw.Count > 2 || !raw.Words.All(w => w.IsCapitalized)
            || !(PersonNameRules.WordBefore(info, raw) is "the" or "los" && noun is null || noun is not null && GroupNameRules.IsGroupRoleNoun(noun)))
            return null;
        return registry.FamilyOf(raw.Surface) ?? registry.FindOne(raw.Surface + " organization", EntityKind.Group) ?? registry.FindOne(raw.Surface + " network", EntityKind.Group);
    }

    // "former Mestre gunmen": the lower-case noun a name qualifies, if one follows it.
    private static string? NounAfter(SentenceInfo info, NameSpan raw)
    {
        var k = raw.Index + raw.Count;
        if (k >= info.Words.Count || info.Words[k].IsCapitalized || !info.GapBefore(k).IsWhiteSpace())
            return null;
        var key = NameWords.Key(info.Words[k]);
        return Grammar.Lexicon.Lookup(key, spanish: false).Likely == Grammar.PartOfSpeech.Noun ? key : null;
    }

    // A single word, or two that a family's group goes by ("Ocotal Brizuela" of "el clan Ocotal Brizuela"), not its plural ("Los Ocotal").
    private static bool IsBareSurnameOf(NameSpan raw, EntityDraft group) =>
        raw.Count == 1 || raw.Count == 2 && group.NameWords.Any(GroupNameCore.IsFamilyNoun)
            && NameWords.Key(raw.Words[0]) is not ("los" or "las" or "el" or "la" or "the");

    private SentenceMention? NicknameAfterOtherArticle(SentenceInfo info, NameSpan raw)
    {
        var word = raw.Count == 2 && raw.Index == 0 && raw.Words[0].Text == "The" ? raw.Slice(1, 1)
            : raw.Count == 1 && raw.Index > 0 && NameWords.Key(info.Words[raw.Index - 1]) is "del" or "al" ? raw : null;
        if (word is null)
            return null;
        var owner = registry.Find("el " + word.Surface) is [{ Kind: EntityKind.Person } el] ? el
            : registry.Find("la " + word.Surface) is [{ Kind: EntityKind.Person } la] ? la : null;
        return owner is null ? null : new SentenceMention(owner, word.Start, word.End, word.Surface);
    }

    private static bool AfterArticle(SentenceInfo info, NameSpan span) =>
        PersonNameRules.WordBefore(info, span) is "los" or "las" or "the" or "la" or "el" or "clan" or "familia" or "family";

    /// <summary>"the Syndicate" after "the Riverside Syndicate", "La Cofradía" after "La Cofradía del
    /// Muelle": a capitalized word after an article that closes one group's name, or opens it before its
    /// "de", stands for that group.</summary>
    private EntityDraft? ShortFormOfGroup(SentenceInfo info, NameSpan part)
    {
        // "Los Iturbe" is the family's own name, which the name rules read.
        var from = NameWords.Key(part.Words[0]) is "la" or "el" or "the" ? 1 : 0;
        if (part.Count - from != 1 || (from == 0 && PersonNameRules.WordBefore(info, part) is not ("the" or "la" or "el"))
            || !char.IsUpper(part.Words[from].Text[0]) || part.Words[from].IsAllCaps)
            return null;
        var word = NameWords.Key(part.Words[from]);
        // "the Cartel", "la Banda": a word every group's name may close is left to the discourse.
        if (word is "cartel" or "gang" or "clan" or "family" or "familia" or "group" or "grupo" or "organization" or "organizacion"
            or "banda" or "pandilla" or "mafia" or "network" or "red" or "crew" || NameWords.IsStateBody(word))
            return null;
        EntityDraft? only = null;
        foreach (var group in registry.Entities)
        {
            if (group.Kind != Data.EntityKind.Group)
                continue;
            // "the Brotherhood" after "La Hermandad del Puerto, or the Port Brotherhood": any of its names
            // that the word heads as a group noun — not "Mosquera" of "clan Mosquera".
            if (!ShortensName(group.Name.Split(' ').Select(NameWords.Key), word)
                && !(NameWords.IsGroupHead(word) && group.Keys.Any(k => ShortensName(k.Split(' '), word))))
                continue;
            if (only is not null)
                return null;
            only = group;
        }
        // "the Comando" beside the Primer Comando del Valle and the Comando Sur may be either.
        if (only is not null && registry.Entities.Any(g => g != only && g.Kind == Data.EntityKind.Group
                && g.Name.Split(' ').Select(NameWords.Key).SkipWhile(w => w is "the" or "la" or "el" or "los" or "las").FirstOrDefault() == word))
            return null;
        return only;
    }

    // A surname is any word of a name but the first, which is a given name.
    private EntityDraft? SurnameOfOneBefore(string key, int start)
    {
        EntityDraft? bearer = null;
        foreach (var e in registry.Entities)
        {
            if (!e.IsPerson || e.FirstStart >= start || e.NameWords.Length < 2 || Array.IndexOf(e.NameWords, key, 1) < 0)
                continue;
            if (bearer is not null)
                return null;
            bearer = e;
        }
        return bearer;
    }

    private static bool ShortensName(IEnumerable<string> nameWords, string word)
    {
        var words = nameWords.SkipWhile(w => w is "the" or "la" or "el" or "los" or "las").ToArray();
        // "the Lions" of the Young Lions Crew: the last word before the outfit's designator.
        var named = GroupNameCore.WithoutKindWords(words);
        return words.Length >= 2 && words[^1] == word || named.Length >= 2 && named[^1] == word
            || words.Length >= 3 && words[0] == word && words[1] is "de" or "del" or "of"
            // "the Legião" of the Segunda Legião Serrana, "the Falange" of the Nova Falange Paulista: the group noun
            // after an ordinal or "new" that opens the name.
            || words.Length >= 3 && words[1] == word && OpensWithNumberOrNew.Contains(words[0]) && NameWords.IsGroupHead(word);
    }

    private static readonly HashSet<string> OpensWithNumberOrNew = new(StringComparer.Ordinal)
    {
        "first", "second", "third", "new", "primer", "primero", "primera", "segundo", "segunda", "tercer", "tercero", "tercera",
        "primeiro", "primeira", "terceiro", "terceira", "nuevo", "nueva", "novo", "nova",
    };

    private EntityDraft? Lookup(NameSpan part)
    {
        var surface = part.Surface;
        var found = registry.Find(surface);
        if (found.Count == 1)
            return found[0];
        if (found.Count > 1)
            return null;
        var single = part.Count == 1 ? part.Words[0] : null;
        if (single is not null && !single.IsAllCaps && !registry.IsSurnameOfSomeone(NameWords.Key(single.Text)))
        {
            var plural = registry.FindOne(surface + "s", EntityKind.Group) ?? registry.FindOne(surface + "es", EntityKind.Group);
            if (plural is not null)
                return plural;
        }
        if (part.Words.Any(w => NameWords.IsEveryday(w) && !w.IsInitial) || part.Words.Any(w => NameWords.IsStopWord(w)))
            return null;
        var person = ByNameParts(part) ?? ByNicknameWord(part);
        if (person is not null)
            return person;
        var group = ByGroupPrefix(part);
        if (group is not null)
            return group;
        return FromArchive(surface, part.Start);
    }

    // "the Steel Horsemen's president" after "the Steel Horsemen MC", "the Young Lions" after "the Young Lions
    // Crew": the one group whose name this is but for the words saying what kind of outfit it is.
    // "in Culiacán Valley" after "the Culiacán Valley Gang" is the valley.
    private EntityDraft? ByNameLessDesignator(SentenceInfo info, NameSpan part)
    {
        if (NameWords.IsPlace(part.Surface) || PersonNameRules.WordBefore(info, part) is "in" or "at" or "near" or "from" or "en" or "de" or "del")
            return null;
        var key = EntityRegistry.KeyOf(part.Surface);
        var groups = registry.Entities.Where(g => g.Kind == EntityKind.Group && g.Keys.Any(k => EntityRegistry.WordsOf(k) is var words
            && GroupNameCore.WithoutKindWords(words) is var named && named.Length < words.Length && string.Join(' ', named) == key)).Take(2).ToList();
        return groups is [var only] ? only : null;
    }

    // "the Chemist" after "El Químico": a nickname English reporting puts into English without saying so,
    // everyday word and all, when it is one person's (or one group's: "the Twins" after "Los Cuates").
    private SentenceMention? ByTranslatedNickname(SentenceInfo info, NameSpan raw)
    {
        var from = NameWords.Key(raw.Words[0]) == "the" ? 1 : 0;
        if (raw.Count - from is < 1 or > 2 || (from == 0 && PersonNameRules.WordBefore(info, raw) is not "the")
            || raw.Words.Skip(from).Any(w => w.IsAllCaps || !w.IsCapitalized))
            return null;
        // "the Doctor on duty", "the King of Spain": a common noun, not the nickname.
        if (PersonNameRules.WordAfter(info, raw) is "of" or "de" or "on" or "at" or "in")
            return null;
        var part = raw.Slice(from, raw.Count - from);
        // Most capitalized words after "the" are no translated nickname: the lexicons say so before any search.
        var english = string.Join(' ', part.Words.Select(NameWords.Key));
        if (!TranslatedNicknames.IsMeaning(english) && !TranslatedGroupNames.IsEnglishOfOneWord(english))
            return null;
        // "Carlos Ruiz, alias “The Engineer”": a name someone was given as it stands is his.
        if (registry.Find(part.Surface).Count > 0)
            return null;
        var owner = registry.PersonByTranslatedNickname(english, part.Start);
        // "the Twins" after "Los Cuates" too.
        var groups = registry.Entities.Where(g => g.Kind == EntityKind.Group && g.FirstStart < part.Start
            && TranslatedGroupNames.EnglishOfOneWord(g.Name) == english).Take(2).ToList();
        owner = (owner, groups) switch
        {
            (not null, []) => owner,
            (null, [var group]) => group,
            _ => null,
        };
        return owner is null ? null : new SentenceMention(owner, part.Start, part.End, part.Surface);
    }

    // "Rocha" of "Marcelo Rocha da Silva": a Portuguese name's surname before "da Silva", "dos Santos"; not the second
    // given name of "Ana Maria da Conceição".
    private static bool IsSurnameBeforeParticle(string[] words, string[] nameWords)
    {
        if (words.Length != 1 || nameWords.Length < 4 || GivenNames.Contains(words[0]))
            return false;
        // "Lopes da Silva", "Alcántara de los Santos", "Ruiz del Valle": the second surname opens with its particle, an
        // article maybe after it, and closes the name.
        var particle = nameWords[^2] is "da" or "do" or "dos" or "das" or "de" or "del" ? nameWords.Length - 2
            : nameWords.Length >= 5 && nameWords[^3] is "de" or "da" && nameWords[^2] is "la" or "las" or "los" ? nameWords.Length - 3 : -1;
        return particle >= 2 && nameWords[particle - 1] == words[0];
    }

    // "alias “Chiquinho Dois Rios” … Chiquinho had taken over", "más conocido como “Fermín Cordero” …
    // Cordero anunció": a word of a two-word nickname used alone, once the nickname has been given.
    private EntityDraft? ByNicknameWord(NameSpan part)
    {
        if (part.Count != 1 || NameWords.IsTitle(part.Words[0]))
            return null;
        var word = NameWords.Key(part.Words[0]);
        EntityDraft? owner = null;
        foreach (var person in registry.Entities)
        {
            if (!person.IsPerson)
                continue;
            // A word of someone's name is a surname or a first name, for the name rules to settle.
            if (person.NameWords.Contains(word))
                return null;
            if (person.FirstStart > part.Start || !person.Keys.Any(k => IsShortNicknameWord(k, word)))
                continue;
            if (owner is not null)
                return null;
            owner = person;
        }
        return owner;
    }

    // The first word of a nickname of two or three words, or the last of two ("Toninho Duas Luas", "Fermín Cordero").
    private static bool IsShortNicknameWord(string key, string word)
    {
        var first = key.IndexOf(' ');
        if (first <= 0)
            return false;
        var last = key.LastIndexOf(' ');
        var words = first == last ? 2 : key.IndexOf(' ', first + 1) == last ? 3 : 4;
        return words <= 3 && (key.AsSpan(0, first).SequenceEqual(word) || (words == 2 && key.AsSpan(last + 1).SequenceEqual(word)));
    }

    // "The Soldiers have tried…" after "the Sixth Street Soldiers", "Police say the Kings resold the guns" after
    // "the Rexdale Kings": a group's last word after "The" opening the sentence, or after "the" inside it (an
    // everyday word, which the trim below would take away), when it is no group noun, institution or title ("the
    // Army" after the National Liberation Army is the state's).
    private SentenceMention? ShortFormAfterThe(SentenceInfo info, NameSpan raw)
    {
        var word = raw.Count == 2 && raw.Words[0].Text == "The" ? raw.Slice(1, 1)
            : raw.Count == 1 && NameWords.IsEveryday(raw.Words[0]) ? raw : null;
        if (word is null || NameWords.IsGroupHead(word.Words[0]) || NameWords.IsInstitutionWord(word.Words[0]) || NameWords.IsTitle(word.Words[0]))
            return null;
        return ShortFormOfGroup(info, raw) is { } group ? GroupMention(info, word, group) : null;
    }


    private EntityDraft? ByNameParts(NameSpan part)
    {
        var words = EntityRegistry.KeyOf(part.Surface).Split(' ');
        if (!registry.Entities.Any(e => e.IsPerson))
            return null;
        var people = registry.Entities.Where(e => e.IsPerson).ToList();
        var byFirstNames = people.Where(e => Consolidation.IsPrefix(words, e.NameWords)).ToList();
        if (byFirstNames.Count == 1)
            return byFirstNames[0];
        if (byFirstNames is [var one, var other] && words.Length == 1 && SonOf(one, other) is { } son)
            return son;
        if (byFirstNames.Count > 1)
            return null;
        var bySurname = people.Where(e => Consolidation.IsSuffix(words, e.NameWords) || Consolidation.IsPaternalSurnameOf(words, e.NameWords)
            || (words.Length == 1 && e.NameWords.Length >= 3 && e.NameWords[^2] == words[0]) || IsSurnameBeforeParticle(words, e.NameWords)).ToList();
        if (bySurname.Count == 0)
            return null;
        // Of the people named so far, if any: "Piñango" before "Reinaldo Piñango Bravo" is introduced is
        // "Yohan José Piñango".
        var introduced = bySurname.Where(e => e.FirstStart < part.Start).ToList();
        var pool = introduced.Count > 0 ? introduced : bySurname;
        // Alone, a Hispanic surname is the father's: the first of two ("Oseguera" of "Nemesio Oseguera Cervantes"),
        // or the one after two given names ("Piñango" of "Yohan José Piñango").
        if (words.Length == 1)
        {
            var paternal = pool.Where(e => e.NameWords.Length >= 3
                && (e.NameWords[^2] == words[0] || e.NameWords[^1] == words[0] && GivenNames.Contains(e.NameWords[^2])
                    || IsSurnameBeforeParticle(words, e.NameWords))).ToList();
            if (paternal.Count > 0)
                pool = paternal;
        }
        if (pool.Count == 1)
            return pool[0];
        // Brothers who share the surname: alone, it names the one the text is about, the first introduced.
        // A group's profile is about none of them: there the surname is the first brother's when all who bear
        // it are brothers (both surnames the same), unless the group is their family's ("the Aruquipa clan").
        if (introduced.Count > 0 && subject is { IsPerson: false })
            return !subject.NameWords.Contains(words[0]) && AreSiblingsByName(pool) ? pool.MinBy(e => e.FirstStart) : null;
        if (introduced.Count > 0)
            return subject is not null ? (pool.Contains(subject) ? subject : null) : pool.MinBy(e => e.FirstStart);
        return null;
    }

    // "Bernardino Saldías Ruelas … his sons, Bernardino and Evodio … Bernardino Saldías Pineda": a father and the son
    // named after him share the first name and the first surname, and a text that speaks of them calls the
    // father "Don" or by his surnames; the first name alone is the son's. The son is the one not introduced as
    // the father ("his father, X"), else the one introduced later.
    private EntityDraft? SonOf(EntityDraft one, EntityDraft other)
    {
        if (!IsNamesake(one, other) || !(speaksOfFatherAndSon ??= read.Any(s => FatherOrSonWord().IsMatch(s.Sentence.Text))))
            return null;
        var (oneFather, otherFather) = (IsIntroducedAsFather(one), IsIntroducedAsFather(other));
        if (oneFather != otherFather)
            return oneFather ? other : one;
        return one.FirstStart > other.FirstStart ? one : other;
    }

    private static bool AreSiblingsByName(List<EntityDraft> people) =>
        people.All(e => e.NameWords.Length >= 3) && people.Select(e => string.Join(' ', e.NameWords[^2..])).Distinct().Count() == 1;

    // One given name each ("Juan Carlos Rivas" and "Juan Carlos Mejía" share two given names, not a surname).
    private static bool IsNamesake(EntityDraft one, EntityDraft other) =>
        one.NameWords.Length == 3 && other.NameWords.Length == 3 && one.NameWords[0] == other.NameWords[0]
        && one.NameWords[1] == other.NameWords[1] && one.NameWords[2] != other.NameWords[2] && !GivenNames.Contains(one.NameWords[1]);

    private bool IsIntroducedAsFather(EntityDraft person)
    {
        var sentence = read.LastOrDefault(s => s.Sentence.Start <= person.FirstStart)?.Sentence;
        return sentence is not null && person.FirstStart - sentence.Start <= sentence.Text.Length
            && FatherBefore().IsMatch(sentence.Text.AsSpan(0, person.FirstStart - sentence.Start));
    }

    [GeneratedRegex(@"\b(?:sons?|hijos?|father|padre)\b", RegexOptions.IgnoreCase)]
    private static partial Regex FatherOrSonWord();

    [GeneratedRegex(@"\b(?:father|padre|papá|Don)\s*,?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex FatherBefore();

    // "the Tecla Locos" for "the Tecla Locos Salvatruchos", "Jalisco Cartel" for "Jalisco Cartel New Generation".
    private EntityDraft? ByGroupPrefix(NameSpan part)
    {
        if (part.Count == 1 && (NameWords.IsPlace(part.Surface) || NameWords.IsEveryday(part.Surface) || part.Words[0].IsAllCaps
            || NameWords.IsStateBody(NameWords.Key(part.Surface))))
            return null;
        var words = EntityRegistry.WordsOf(EntityRegistry.KeyOf(part.Surface));
        // "the Pacific" is no short form of the Pacific Ridge Bloc: a unit's name is shortened to its first word only
        // where nothing but the unit's noun follows ("Sur" of the Sur Bloc).
        var groups = registry.Entities.Where(e => e.Kind == EntityKind.Group
            && e.Keys.Any(k => EntityRegistry.WordsOf(k) is var key && Consolidation.IsPrefix(words, key)
                && (words.Length > 1 || key.Length <= 2 || !GroupNameRules.IsUnitNounClosingName(key[^1])))).ToList();
        return groups.Count == 1 ? groups[0] : null;
    }

    // A nickname or name the archive already knows, for one entity only.
    private EntityDraft? FromArchive(string surface, int start)
    {
        if (known is null)
            return null;
        var entities = known.Find(surface);
        if (entities.Count != 1 || entities[0].Kind == EntityKind.Place)
            return null;
        var entity = registry.FindOne(entities[0].CanonicalName, entities[0].Kind) ?? registry.Add(entities[0].Kind, entities[0].CanonicalName, start);
        registry.AddKey(entity, surface);
        return entity;
    }

    private static void Add(List<SentenceMention> mentions, SentenceMention mention)
    {
        if (mentions.Any(m => m.Start < mention.End && mention.Start < m.End))
            return;
        mentions.Add(mention);
    }
}

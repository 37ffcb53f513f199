namespace CrimeArchive.Benchmarks.Search;

/// <summary>How one text names a group: mostly one of its names (English, Spanish or acronym,
/// chosen per text so that the names alternate across the corpus), sometimes another, and in about a
/// third of texts, at its first mention, the name with the others in a parenthesis or after "conocido
/// en inglés como": the statements from which the importer learns the aliases.</summary>
internal sealed class GroupNaming(SearchGroup group, string language, Random random)
{
    private enum Form { English, Spanish, Acronym }

    private readonly Form primary = PickForm(group, language, random);
    private bool introduce = random.NextDouble() < 0.35;

    public SearchGroup Group => group;

    /// <summary>Whether the text has named it yet.</summary>
    public bool Mentioned { get; private set; }

    /// <summary>The next mention, with its article ("the Tamarón Cartel", "el Cartel de Tamarón", "Los
    /// Peñaleros"). Right before "y" and another name the introduction waits for a later mention: the
    /// importer would read "conocido en inglés como X Cartel y Los Y" as a list of this group's names.</summary>
    public string Next(bool beforeAnotherName = false)
    {
        Mentioned = true;
        if (introduce && !beforeAnotherName)
        {
            introduce = false;
            return Introduction();
        }
        var form = random.NextDouble() < 0.8 ? primary : PickForm(group, language, random);
        return WithArticle(form);
    }

    /// <summary>A name without article, for a title.</summary>
    public string Bare() => primary switch
    {
        Form.Acronym => group.Acronym!,
        Form.Spanish => group.SpanishName,
        _ => language == "es" ? group.SpanishName : group.EnglishName,
    };

    private string Introduction()
    {
        if (group.Style == GroupStyle.Los)
            return group.SpanishName;
        if (language == "en")
            return $"the {group.EnglishName} ({group.SpanishName}{(group.Acronym is null ? "" : " – " + group.Acronym)})";
        return group.Acronym is not null && random.Next(2) == 0
            ? $"el {group.SpanishName} ({group.Acronym})"
            : $"el {group.SpanishName}, conocido en inglés como {group.EnglishName}";
    }

    private string WithArticle(Form form) => (form, language, group.Style) switch
    {
        (Form.Acronym, "en", _) => $"the {group.Acronym}",
        (Form.Acronym, _, _) => $"el {group.Acronym}",
        (_, _, GroupStyle.Los) when form == Form.Spanish || language == "es" => group.SpanishName,
        (_, "en", GroupStyle.Los) => $"the {group.Stem}",
        (Form.Spanish, "en", _) => $"the {group.SpanishName}",
        (_, "en", _) => $"the {group.EnglishName}",
        _ => $"el {group.SpanishName}",
    };

    private static Form PickForm(SearchGroup group, string language, Random random)
    {
        var roll = random.NextDouble();
        if (group.Acronym is not null && roll < 0.2)
            return Form.Acronym;
        if (language == "en")
            return roll < 0.7 ? Form.English : Form.Spanish;
        return Form.Spanish;
    }
}

/// <summary>How one text names a person: full name first (in some texts with 'alias "Nickname"'),
/// then surname, nickname or full name; in some texts the nickname only.</summary>
internal sealed class PersonNaming(SearchPerson person, string language, Random random)
{
    private readonly bool nicknameOnly = random.NextDouble() < 0.15;
    private readonly bool introduce = random.NextDouble() < 0.45;
    public SearchPerson Person => person;

    /// <summary>Whether the text has named them yet.</summary>
    public bool Mentioned { get; private set; }

    /// <summary>The next mention; <paramref name="next"/> is the character the frame puts after it,
    /// as the alias clause closes with a comma unless a full stop follows.</summary>
    public (string Text, bool ConsumedComma) Next(char next)
    {
        var first = !Mentioned;
        Mentioned = true;
        if (nicknameOnly)
            return (person.Nickname, false);
        if (first && introduce)
        {
            if (next == '.')
                return ($"{person.FullName}, alias \"{person.Nickname}\"", false);
            var quoted = language == "en" ? $"\"{person.Nickname},\"" : $"\"{person.Nickname}\",";
            return ($"{person.FullName}, alias {quoted}", next == ',');
        }
        if (first)
            return (person.FullName, false);
        return (random.NextDouble() switch { < 0.45 => person.Surname, < 0.75 => person.Nickname, _ => person.FullName }, false);
    }
}

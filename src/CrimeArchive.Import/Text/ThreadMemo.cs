namespace CrimeArchive.Import.Text;

/// <summary>Answers worked out once per thread for a string the extractor meets again and again (a word, a
/// short line, a group's name). The store lives in the caller's <c>[ThreadStatic]</c> field, so that threads
/// share nothing and take no lock; it is emptied when it reaches its capacity, which bounds memory on a long
/// import.</summary>
internal static class ThreadMemo
{
    public static TValue Get<TValue>(ref Dictionary<string, TValue>? store, string key, Func<string, TValue> compute, int capacity)
    {
        store ??= new Dictionary<string, TValue>(StringComparer.Ordinal);
        if (store.TryGetValue(key, out var known))
            return known;
        if (store.Count >= capacity)
            store.Clear();
        return store[key] = compute(key);
    }
}

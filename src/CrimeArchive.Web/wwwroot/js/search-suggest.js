// Fills the search boxes' shared datalist with entity names as the reader types. The form works
// without it: this only offers names to pick. Only the answer to the latest keystroke is shown.
(() => {
  const list = document.getElementById("entity-suggestions");
  if (!list) return;
  let timer = 0;
  let latest = 0;
  document.querySelectorAll("input[list='entity-suggestions']").forEach(input => {
    input.addEventListener("input", () => {
      clearTimeout(timer);
      const typed = input.value.trim();
      if (typed.length < 2) return;
      timer = setTimeout(async () => {
        const asked = ++latest;
        try {
          const response = await fetch("/search/suggest?q=" + encodeURIComponent(typed));
          if (!response.ok || asked !== latest) return;
          const names = await response.json();
          if (asked !== latest) return;
          list.replaceChildren(...names.map(s => {
            const option = document.createElement("option");
            option.value = s.name;
            option.label = s.alias ? `${s.kind} · also “${s.alias}”` : s.kind;
            return option;
          }));
        } catch {
          // Suggestions are a convenience: a failed request leaves the list as it was.
        }
      }, 150);
    });
  });
})();

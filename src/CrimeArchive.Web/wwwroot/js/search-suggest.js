// Fills the search boxes' shared datalist with entity names as the reader types. The form works
// without it: this only offers names to pick.
(() => {
  const list = document.getElementById("entity-suggestions");
  if (!list) return;
  let timer = 0;
  let asked = "";
  document.querySelectorAll("input[list='entity-suggestions']").forEach(input => {
    input.addEventListener("input", () => {
      clearTimeout(timer);
      const typed = input.value.trim();
      if (typed.length < 2 || typed === asked) return;
      timer = setTimeout(async () => {
        asked = typed;
        const response = await fetch("/search/suggest?q=" + encodeURIComponent(typed));
        if (!response.ok) return;
        const names = await response.json();
        list.replaceChildren(...names.map(s => {
          const option = document.createElement("option");
          option.value = s.name;
          option.label = s.alias ? `${s.kind} · also “${s.alias}”` : s.kind;
          return option;
        }));
      }, 150);
    });
  });
})();

// Progressive enhancement: clicking a record scrolls its evidence span into view, focuses it
// and marks every piece of it. Without JavaScript the record's #span-... link still scrolls.
"use strict";
document.addEventListener("click", (event) => {
  const link = event.target.closest("a.record[data-span]");
  if (!link) return;
  const id = link.dataset.span;
  const target = document.getElementById("span-" + id);
  if (!target) return;
  event.preventDefault();
  document.querySelectorAll(".doc-text .active").forEach((el) => el.classList.remove("active"));
  document.querySelectorAll(".doc-text mark[data-spans]").forEach((el) => {
    if (el.dataset.spans.split(" ").includes(id)) el.classList.add("active");
  });
  document.querySelectorAll("a.record.selected").forEach((el) => el.classList.remove("selected"));
  link.classList.add("selected");
  target.scrollIntoView({ block: "center" });
  target.focus({ preventScroll: true });
  history.replaceState(null, "", "#span-" + id);
});

// Applies a saved light/dark choice before first paint, so the page never flashes the wrong theme.
// Kept as a file (not inline) so a strict Content-Security-Policy can forbid inline scripts.
(function () {
  try {
    var saved = JSON.parse(localStorage.getItem('cirrus:settings') || 'null');
    var theme = saved && saved.state && saved.state.theme;
    if (theme === 'light' || theme === 'dark') document.documentElement.dataset.theme = theme;
  } catch (e) {
    /* storage unavailable or unreadable: the system theme applies */
  }
})();

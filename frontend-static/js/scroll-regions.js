// A table wider than a phone scrolls inside its own box: such a box must be reachable by keyboard
// (to scroll it with the arrow keys) and say what it holds. Boxes that fit stay out of the tab order.
(function () {
  function nameOf(box) {
    var caption = box.querySelector('caption');
    var section = box.closest('section[aria-labelledby]');
    var heading = section ? document.getElementById(section.getAttribute('aria-labelledby')) : null;
    var text = caption ? caption.textContent : heading ? heading.textContent : box.getAttribute('data-region-label');
    return (text || document.title).trim();
  }

  function mark() {
    document.querySelectorAll('.table-responsive').forEach(function (box) {
      if (box.scrollWidth > box.clientWidth + 1) {
        box.setAttribute('tabindex', '0');
        box.setAttribute('role', 'region');
        box.setAttribute('aria-label', nameOf(box));
      } else if (box.getAttribute('tabindex') === '0') {
        box.removeAttribute('tabindex');
        box.removeAttribute('role');
        box.removeAttribute('aria-label');
      }
    });
  }

  document.addEventListener('DOMContentLoaded', mark);
  window.addEventListener('resize', mark);
  document.addEventListener('htmx:afterSettle', mark);
})();

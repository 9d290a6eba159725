// A table wider than a phone scrolls inside its own box: such a box must be reachable by keyboard
// (to scroll it with the arrow keys) and say what it holds. Boxes that fit stay out of the tab order.
(function () {
  // The nearest heading before the box, in document order.
  function headingBefore(box) {
    for (var node = box; node && node !== document.body; node = node.parentElement) {
      for (var sibling = node.previousElementSibling; sibling; sibling = sibling.previousElementSibling) {
        var heading = /^H[1-6]$/.test(sibling.tagName) ? sibling : sibling.querySelector('h1, h2, h3, h4, h5, h6');
        if (heading) {
          return heading.textContent;
        }
      }
    }
    return document.title;
  }

  // "Accounts, table that scrolls sideways": unlike the section around it, which bears the heading's name alone.
  function nameOf(box) {
    var caption = box.querySelector('caption');
    var what = (caption ? caption.textContent : headingBefore(box)).trim().replace(/\s+/g, ' ');
    var pattern = document.body.getAttribute('data-scroll-region') || '{0}';
    return pattern.replace('{0}', what);
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

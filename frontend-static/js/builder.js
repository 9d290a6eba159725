// The segment builder: filters the attribute list as the marketer types, without a round trip,
// and hides the "Count again" button that only pages without JavaScript need.
(function () {
  'use strict';

  document.documentElement.classList.add('js');

  function filter(input) {
    var words = input.value.trim().toLowerCase();
    var builder = input.closest('.builder-catalogue');
    builder.querySelectorAll('.catalogue-list li').forEach(function (item) {
      item.hidden = words !== '' && item.getAttribute('data-search').indexOf(words) < 0;
    });
    builder.querySelectorAll('.catalogue-group').forEach(function (group) {
      group.hidden = group.querySelector('li:not([hidden])') === null;
    });
  }

  // The search box is part of the form for layout only: typing in it must not recount.
  document.addEventListener('input', function (event) {
    if (event.target.classList && event.target.classList.contains('attribute-search')) {
      event.stopPropagation();
      filter(event.target);
    }
  }, true);
})();

// frame.html?page=/tests/e2e/hosts/zoom-200.html&width=320: loads the page in a frame that wide.
const query = new URLSearchParams(location.search);
const frame = document.querySelector('iframe');
frame.width = query.get('width');
frame.src = query.get('page');

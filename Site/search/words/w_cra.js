BRIEFINGS_SEARCH_WORDS("cra",{
"craft":"1n,6;1t",
"craignant":"57,2j",
"craignent":"7h"
});

BRIEFINGS_SEARCH_WORDS("use",{
"use":"7i,1;7i",
"used":"7j"
});

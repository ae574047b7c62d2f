BRIEFINGS_SEARCH_WORDS("use",{
"use":"7q,1;7q",
"used":"7r"
});

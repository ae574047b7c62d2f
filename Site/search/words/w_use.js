BRIEFINGS_SEARCH_WORDS("use",{
"use":"7f,1;7f",
"used":"7g"
});

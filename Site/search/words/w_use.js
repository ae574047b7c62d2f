BRIEFINGS_SEARCH_WORDS("use",{
"use":"7h,1;7h",
"used":"7i"
});
